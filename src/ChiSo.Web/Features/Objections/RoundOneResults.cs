using System.Globalization;
using ChiSo.Data;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Objections;

/// <summary>A group (a root of the framework) in a unit's round result: its points and rank among the campaign's units.</summary>
public sealed record GroupResult(string Code, string Name, double? Points, double MaxPoints, int? Rank);

/// <summary>One criterion side by side: self-assessed, round-1 (reviewed) and final points, each difference with its reason, and the unit's objection.</summary>
public sealed record CriterionResult(
    string Code, string Name, string GroupCode, double MaxPoints, double? Self, double? Reviewed, string? ReviewReason, double? Final, string? FinalReason,
    ObjectionView? Objection);

/// <summary>An objection as the unit and the reviewers see it, with the new evidence filed with it.</summary>
public sealed record ObjectionView(
    int Id, int SubmissionId, string Criterion, string Text, string Status, string By, DateTime At, bool Filed, bool? Accepted, double? NewPoints,
    string? Answer, string? AnsweredBy, DateTime? AnsweredAt, int Version, IReadOnlyList<EvidenceView> Evidence)
{
    public static ObjectionView Of(Objection row, bool filed, IReadOnlyList<EvidenceView> evidence)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.SubmissionId, row.CriterionCode, row.Text, row.Status.ToString(), row.By, row.At, filed, row.Accepted, row.NewPoints,
            row.Answer, row.AnsweredBy, row.AnsweredAt, row.Version, evidence);
    }
}

/// <summary>The unit's signed answer to its round-1 result, and where its letter is.</summary>
public sealed record ResponseView(int Id, bool Confirmed, string SignedBy, DateTime SignedAt, string? Note, string LetterUrl);

/// <summary>
/// A unit's round-1 result as the ministry sends it (the seed article's table for Quảng Trị): each group's points and
/// rank, the total and the overall rank, then every criterion's self, round-1 and final points with the reasons; the
/// confirmation window and the unit's signed answer.
/// </summary>
public sealed record RoundOneResult(
    int CampaignId, string CampaignName, int UnitId, string UnitCode, string UnitName, int SubmissionId, string Stage, int Decimals,
    bool HasResult, IReadOnlyList<GroupResult> Groups, double? Total, double TotalMax, int? TotalRank, int UnitsRanked,
    IReadOnlyList<CriterionResult> Criteria, DateOnly? Opens, DateOnly? Deadline, bool Extended, ResponseView? Response)
{
    public static string LetterUrl(int campaignId, int unitId) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/campaigns/{campaignId}/units/{unitId}/round-1/letter");
}

/// <summary>Reads a unit's round-1 result from the campaign's latest round-1 snapshot and the rows beside it.</summary>
public sealed class RoundOneResults(ChiSoDbContext db, EntryForms forms, TimeProvider clock, ScoringPlans plans)
{
    public async Task<RoundOneResult?> ReadAsync(int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        var submissionId = await forms.SubmissionIdAsync(campaignId, unitId, cancellationToken);
        if (submissionId is null || await forms.LoadAsync(submissionId.Value, cancellationToken) is not { } entry)
        {
            return null;
        }

        var plan = entry.Plan;
        var window = (await ConfirmationWindow.ReadAsync(db, campaignId, unitId, cancellationToken))!;
        var snapshotId = await db.ResultSnapshots.AsNoTracking().Where(s => s.CampaignId == campaignId && s.Round == Rounds.First)
            .OrderByDescending(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var stored = snapshotId is { } id ? await new CampaignScoring(db, clock, plans).ReadAsync(id, cancellationToken) : null;
        var unit = stored is not null && stored.TryGetUnit(entry.UnitCode, out var u) ? u : -1;
        var self = EntryForms.Score(entry);
        var scores = await db.CriterionScores.AsNoTracking().Where(s => s.SubmissionId == entry.Submission.Id).ToDictionaryAsync(s => s.CriterionCode, cancellationToken);
        var objections = await ObjectionsAsync([entry.Submission.Id], cancellationToken);
        var response = await db.RoundResponses.AsNoTracking().Where(r => r.SubmissionId == entry.Submission.Id && r.Round == Rounds.First)
            .SingleOrDefaultAsync(cancellationToken);

        // JSON has no NaN: a figure the snapshot lacks is null.
        double? At(string code) => unit >= 0 && stored!.TryGetNode(code, out var n) && !double.IsNaN(stored.Points(n, unit)) ? stored.Points(n, unit) : null;
        int? RankAt(string code) => unit >= 0 && stored!.TryGetNode(code, out var n) ? stored.Rank(n, unit) : null;

        var groups = plan.Total.Children.Select(g => plan.Nodes[g])
            .Select(g => new GroupResult(g.Code, NodeNames.Of(g), At(g.Code), g.MaxPoints, RankAt(g.Code))).ToList();
        var criteria = new List<CriterionResult>();
        foreach (var leaf in plan.Leaves.Select(l => plan.Nodes[l]).Where(n => n.Scored))
        {
            var score = scores.GetValueOrDefault(leaf.Code);
            var group = leaf;
            while (group.Parent > 0)
            {
                group = plan.Nodes[group.Parent];
            }

            criteria.Add(new CriterionResult(
                leaf.Code, NodeNames.Of(leaf), group.Code, leaf.MaxPoints, score?.SelfPoints ?? Number(self.Points(leaf.Index, 0)), At(leaf.Code),
                score?.ReviewerReason, score?.FinalPoints, score?.FinalReason, objections.GetValueOrDefault((entry.Submission.Id, leaf.Code))));
        }

        return new RoundOneResult(
            campaignId, entry.CampaignName, unitId, entry.UnitCode, entry.UnitName, entry.Submission.Id, window.Stage.ToString(), plan.Framework.Display.Decimals,
            unit >= 0, groups, At(plan.Total.Code), plan.Total.MaxPoints, RankAt(plan.Total.Code), stored?.UnitCodes.Length ?? 0, criteria,
            window.Opens, window.Deadline.Due, window.Deadline.Extended,
            response is null ? null : new ResponseView(response.Id, response.Confirmed, response.SignedBy, response.SignedAt, response.Note, RoundOneResult.LetterUrl(campaignId, unitId)));
    }

    private static double? Number(double value) => double.IsNaN(value) ? null : value;

    /// <summary>The round-1 objections of the submissions (withdrawn ones left out), with their evidence, by submission and criterion.</summary>
    public async Task<Dictionary<(int Submission, string Criterion), ObjectionView>> ObjectionsAsync(IReadOnlyCollection<int> submissionIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.Objections.AsNoTracking()
            .Where(o => submissionIds.Contains(o.SubmissionId) && o.Round == Rounds.First && o.Status != ObjectionStatus.Withdrawn)
            .OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var ids = rows.Select(o => o.Id).ToList();
        var evidence = (await db.Evidence.AsNoTracking().Where(e => e.ObjectionId != null && ids.Contains(e.ObjectionId.Value)).OrderBy(e => e.Id).ToListAsync(cancellationToken))
            .ToLookup(e => e.ObjectionId!.Value, EvidenceView.Of);
        var filed = (await db.RoundResponses.AsNoTracking().Where(r => submissionIds.Contains(r.SubmissionId) && r.Round == Rounds.First && !r.Confirmed)
            .Select(r => r.SubmissionId).ToListAsync(cancellationToken)).ToHashSet();
        var views = new Dictionary<(int, string), ObjectionView>();
        foreach (var row in rows)
        {
            views[(row.SubmissionId, row.CriterionCode)] = ObjectionView.Of(row, filed.Contains(row.SubmissionId), [.. evidence[row.Id]]);
        }

        return views;
    }
}
