namespace ChiSo.Web.Features.Setup;

public static class SetupEndpoints
{
    public static IServiceCollection AddSetup(this IServiceCollection services)
    {
        services.AddScoped<CampaignSetup>();
        services.AddScoped<AssignmentSaving>();
        services.AddScoped<CampaignLifecycle>();
        return services;
    }

    /// <summary>The set-up API; the set-up pages (and the forms they post to themselves) are Razor components with the organisers' policy.</summary>
    public static void MapSetup(this IEndpointRouteBuilder app) => app.MapSetupApi();
}
