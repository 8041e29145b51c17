namespace ChiSo.Web.Features.Results;

/// <summary>
/// Unit profiles, maps and scorecards of published results (issue 14 §3–§5): the pages are Razor components under
/// /public/campaigns/{id}/…; the scorecard's PDF is the one endpoint.
/// </summary>
public static class ProfilesFeature
{
    public static IServiceCollection AddProfiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UnitProfileHistory>();
        services.AddScoped<MapGeography>();
        services.Configure<ScorecardOptions>(configuration.GetSection(ScorecardOptions.Section));
        services.AddSingleton<ScorecardPrinter>();
        return services;
    }

    public static void MapProfiles(this IEndpointRouteBuilder app) => app.MapScorecardPdf();
}
