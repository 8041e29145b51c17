using ChiSo.Data.Units;

namespace ChiSo.Web.Features.UnitCatalogue;

/// <summary>The units feature: /units pages (Razor components) and /api/v1/units.</summary>
public static class UnitsFeature
{
    public static IServiceCollection AddUnits(this IServiceCollection services)
    {
        services.AddScoped<UnitEditing>();
        services.AddScoped<UnitDetails>();
        services.AddScoped<BodyChanges>();
        services.AddScoped<UnitGroupChanges>();
        services.AddSingleton<BodySheetPreviews>();
        return services;
    }

    public static void MapUnits(this IEndpointRouteBuilder app) => app.MapUnitsApi();
}
