using ChiSo.Data;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Results;

/// <summary>A province layer served from wwwroot/geo (see its README.md): the 63 provinces before 1 July 2025, the 34 after.</summary>
public sealed record MapLayer(string Path, int Provinces);

/// <summary>Which province layer a campaign's results are drawn on: decided by its units' dates, not its year (the 2024 DTI was assessed on the 34 provinces).</summary>
public sealed class MapGeography(ChiSoDbContext db)
{
    public static readonly DateOnly MergerDate = new(2025, 7, 1);

    public static MapLayer Before { get; } = new("geo/vn-provinces-63.geojson", 63);

    public static MapLayer After { get; } = new("geo/vn-provinces-34.geojson", 34);

    /// <summary>The 63-province layer when a unit of the campaign (or a commune's province) ended before the merger; the 34 otherwise.</summary>
    public async Task<MapLayer> LayerAsync(int campaignId, CancellationToken cancellationToken = default) =>
        await db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == campaignId)
            .AnyAsync(cu => cu.Unit!.ValidTo < MergerDate || (cu.Unit.Parent != null && cu.Unit.Parent.ValidTo < MergerDate), cancellationToken)
            ? Before : After;
}
