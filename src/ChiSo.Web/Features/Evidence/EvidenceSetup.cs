using ChiSo.Web.Features.Submitting;

namespace ChiSo.Web.Features.Evidence;

public static class EvidenceSetup
{
    /// <summary>Evidence storage and the submission window; WebSetup calls this once.</summary>
    public static IServiceCollection AddEvidenceAndSubmitting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(EvidenceOptions.Section).Get<EvidenceOptions>() ?? new EvidenceOptions();
        services.AddSingleton(options);
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<EvidenceKeeping>();
        services.AddScoped<EvidenceLists>();
        services.AddScoped<EvidenceSweep>();
        services.AddHostedService<EvidenceSweeper>();
        services.AddScoped<SubmissionWindow>();
        services.AddScoped<SubmissionSigning>();
        return services;
    }
}
