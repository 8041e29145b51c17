using Microsoft.EntityFrameworkCore;

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

    public static Task<List<CampaignInputs.ValueRow>> ValuesAsync(ChiSoDbContext db, int campaignId, int round, CancellationToken cancellationToken) =>
        (from v in db.InputValues.AsNoTracking()
         join s in db.Submissions on v.SubmissionId equals s.Id
         where s.CampaignId == campaignId && v.Round <= round
         select new CampaignInputs.ValueRow(s.UnitId, v.Round, v.CriterionCode, v.InputId, v.Number, v.Text))
        .ToListAsync(cancellationToken);
}
