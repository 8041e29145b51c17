namespace ChiSo.Web.Features.Evidence;

public static class EvidenceSetup
{
    /// <summary>Evidence storage and its services.</summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(EvidenceOptions.Section).Get<EvidenceOptions>() ?? new EvidenceOptions();
        services.AddSingleton(options);
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<EvidenceKeeping>();
        services.AddScoped<EvidenceLists>();
        services.AddScoped<EvidenceSweep>();
        services.AddHostedService<EvidenceSweeper>();
        return services;
    }
}
