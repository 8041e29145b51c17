using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Sql;

namespace ChiSo.Data.Results;

/// <summary>The reads of <see cref="CampaignScoring"/>, one method per step so the benchmark can time each.</summary>
internal static class CampaignReader
{
    public sealed record CampaignRow(string FrameworkId, int Edition, string Yaml, string ContentHash);

    public static Task<CampaignRow?> CampaignAsync(ChiSoDbContext db, int campaignId, CancellationToken cancellationToken) =>
        db.Campaigns.AsNoTracking()
            .Where(c => c.Id == campaignId)
            .Select(c => new CampaignRow(c.FrameworkEdition!.FrameworkId, c.FrameworkEdition.Edition, c.FrameworkEdition.Yaml, c.FrameworkEdition.ContentHash))
            .SingleOrDefaultAsync(cancellationToken);

    public static Task<List<CampaignInputs.UnitRow>> UnitsAsync(ChiSoDbContext db, int campaignId, CancellationToken cancellationToken) =>
        db.CampaignUnits.AsNoTracking()
            .Where(cu => cu.CampaignId == campaignId)
            .Select(cu => new CampaignInputs.UnitRow(cu.UnitId, cu.Unit!.Code, cu.Unit.Name, cu.GroupCode))
            .ToListAsync(cancellationToken);

    public static Task<CampaignInputs.ValueSet> ValuesAsync(ChiSoDbContext db, int campaignId, int round, CancellationToken cancellationToken) =>
        CampaignValueQuery.ReadAsync(db, campaignId, round, cancellationToken);
}
