using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Sql;

namespace ChiSo.Data.Results;

/// <summary>The reads of <see cref="CampaignScoring"/>, one method per step so the benchmark can time each.</summary>
internal static class CampaignReader
{
    /// <summary>The campaign's framework edition, without its text (<see cref="ScoringPlans"/> reads it once per process).</summary>
    public sealed record CampaignRow(int EditionId, string FrameworkId, int Edition, string ContentHash);

    public static Task<CampaignRow?> CampaignAsync(ChiSoDbContext db, int campaignId, CancellationToken cancellationToken) =>
        db.Campaigns.AsNoTracking()
            .Where(c => c.Id == campaignId)
            .Select(c => new CampaignRow(c.FrameworkEditionId, c.FrameworkEdition!.FrameworkId, c.FrameworkEdition.Edition, c.FrameworkEdition.ContentHash))
            .SingleOrDefaultAsync(cancellationToken);

    public static Task<List<CampaignInputs.UnitRow>> UnitsAsync(ChiSoDbContext db, int campaignId, CancellationToken cancellationToken) =>
        db.CampaignUnits.AsNoTracking()
            .Where(cu => cu.CampaignId == campaignId)
            .Select(cu => new CampaignInputs.UnitRow(cu.UnitId, cu.Unit!.Code, cu.Unit.Name, cu.GroupCode))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The points reviewers fixed per criterion, as they count in <paramref name="round"/> (ADR 0024): none in the
    /// self-assessment, the reviewed points in round 1, the final points (else the reviewed ones) from round 2.
    /// </summary>
    public static async Task<List<CampaignInputs.GivenRow>> GivenPointsAsync(ChiSoDbContext db, int campaignId, int round, CancellationToken cancellationToken) =>
        round < Submissions.Rounds.First ? [] : await GivenPointsQuery.ReadAsync(db, campaignId, round, cancellationToken).ConfigureAwait(false);

    public static Task<CampaignInputs.ValueSet> ValuesAsync(ChiSoDbContext db, int campaignId, int round, int expected, CancellationToken cancellationToken) =>
        CampaignValueQuery.ReadAsync(db, campaignId, round, expected, cancellationToken);
}
