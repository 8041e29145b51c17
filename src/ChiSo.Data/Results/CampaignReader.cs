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

    /// <summary>
    /// The points reviewers fixed per criterion, as they count in <paramref name="round"/> (ADR 0024): none in the
    /// self-assessment, the reviewed points in round 1, the final points (else the reviewed ones) from round 2.
    /// </summary>
    public static async Task<List<CampaignInputs.GivenRow>> GivenPointsAsync(ChiSoDbContext db, int campaignId, int round, CancellationToken cancellationToken)
    {
        if (round < Submissions.Rounds.First)
        {
            return [];
        }

        var rows = db.CriterionScores.AsNoTracking()
            .Join(db.Submissions.Where(s => s.CampaignId == campaignId), c => c.SubmissionId, s => s.Id, (c, s) => new { s.UnitId, c.CriterionCode, c.ReviewerPoints, c.FinalPoints });
        return round == Submissions.Rounds.First
            ? await rows.Where(r => r.ReviewerPoints != null).Select(r => new CampaignInputs.GivenRow(r.UnitId, r.CriterionCode, r.ReviewerPoints!.Value)).ToListAsync(cancellationToken)
            : await rows.Where(r => r.FinalPoints != null || r.ReviewerPoints != null)
                .Select(r => new CampaignInputs.GivenRow(r.UnitId, r.CriterionCode, r.FinalPoints ?? r.ReviewerPoints!.Value)).ToListAsync(cancellationToken);
    }

    public static Task<CampaignInputs.ValueSet> ValuesAsync(ChiSoDbContext db, int campaignId, int round, CancellationToken cancellationToken) =>
        CampaignValueQuery.ReadAsync(db, campaignId, round, cancellationToken);
}
