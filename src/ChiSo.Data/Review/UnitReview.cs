using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using ChiSo.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>A stored value as the review reads it: what it is, and the round it was entered in.</summary>
public sealed record ReviewValue(double? Number, string? Text, int Round, string EnteredBy, DateTime EnteredAt);

/// <summary>
/// One criterion of a unit under review (ADR 0024): the points the unit's self-assessment gives, the points the rule
/// gives from the values as they stand for round 1 (the latest of rounds 0 and 1), and the reviewed row if any.
/// </summary>
public sealed record ReviewedCriterion(string Code, int Node, double MaxPoints, double SelfPoints, double RulePoints, CriterionScore? Score)
{
    public bool IsReviewed => Score?.ReviewerPoints is not null;

    /// <summary>Reviewed points that differ from the unit's own.</summary>
    public bool Disputed => Score?.ReviewerPoints is { } points && !UnitReview.Same(points, SelfPoints);

    /// <summary>Reviewed points that differ from the rule's (they carry a reason).</summary>
    public bool Changed => Score?.ReviewerPoints is { } points && !UnitReview.Same(points, RulePoints);

    /// <summary>The unit's own points differ from what the rule gives (a value changed since, or points the unit declared).</summary>
    public bool SelfDiffersFromRule => !UnitReview.Same(SelfPoints, RulePoints);
}

/// <summary>A unit's submission as reviewers see it: its plan, values and every criterion's points side by side.</summary>
public sealed record UnitReview(
    int SubmissionId, int CampaignId, int UnitId, SubmissionStatus Status, ReviewStage Stage, ScoringPlan Plan,
    IReadOnlyDictionary<(string Criterion, string Input), ReviewValue> Values, IReadOnlyList<ReviewedCriterion> Criteria)
{
    /// <summary>Points agree when they differ by less than a rounding error; two missing points agree.</summary>
    public static bool Same(double a, double b) => (double.IsNaN(a) && double.IsNaN(b)) || Math.Abs(a - b) < 1e-9;

    public ReviewedCriterion? Criterion(string code) => Criteria.FirstOrDefault(c => c.Code == code);

    /// <summary>Reads one submission for review; null when there is no such submission.</summary>
    public static async Task<UnitReview?> LoadAsync(ChiSoDbContext db, ScoringPlans plans, int submissionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plans);
        var head = await db.Submissions.AsNoTracking().Where(s => s.Id == submissionId)
            .Join(db.Campaigns, s => s.CampaignId, c => c.Id, (s, c) => new { s.CampaignId, s.UnitId, s.Status, c.Stage })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (head is null || await plans.ForCampaignAsync(db, head.CampaignId, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return null;
        }

        var rows = await db.InputValues.AsNoTracking().Where(v => v.SubmissionId == submissionId && v.Round <= Rounds.First)
            .Select(v => new { v.CriterionCode, v.InputId, v.Round, v.Number, v.Text, v.EnteredBy, v.EnteredAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var self = new Dictionary<(string, string), ReviewValue>();
        var latest = new Dictionary<(string, string), ReviewValue>();
        foreach (var r in rows.OrderBy(r => r.Round))
        {
            var value = new ReviewValue(r.Number, r.Text, r.Round, r.EnteredBy, r.EnteredAt);
            if (r.Round == Rounds.Self)
            {
                self[(r.CriterionCode, r.InputId)] = value;
            }

            latest[(r.CriterionCode, r.InputId)] = value;
        }

        var scores = await db.CriterionScores.AsNoTracking().Where(c => c.SubmissionId == submissionId)
            .ToDictionaryAsync(c => c.CriterionCode, cancellationToken).ConfigureAwait(false);
        var selfSheet = Score(plan, self);
        var ruleSheet = Score(plan, latest);
        var criteria = plan.Leaves.Select(leaf =>
        {
            var node = plan.Nodes[leaf];
            var score = scores.GetValueOrDefault(node.Code);
            return new ReviewedCriterion(node.Code, leaf, node.MaxPoints, score?.SelfPoints ?? selfSheet.Points(leaf, 0), ruleSheet.Points(leaf, 0), score);
        }).ToList();
        return new UnitReview(submissionId, head.CampaignId, head.UnitId, head.Status, head.Stage, plan, latest, criteria);
    }

    /// <summary>The engine's points for one unit's values, as the entry page scores them.</summary>
    private static ScoreSheet Score(ScoringPlan plan, Dictionary<(string, string), ReviewValue> values)
    {
        var data = new PointsDataset(plan, ["unit"], ["unit"]);
        foreach (var leaf in plan.Leaves)
        {
            var node = plan.Nodes[leaf];
            for (var k = 0; k < node.Inputs.Length; k++)
            {
                var stored = values.GetValueOrDefault((node.Code, node.Inputs[k].Id));
                data.SetInput(leaf, k, [InputCodec.Decode(node.Inputs[k], new StoredValue(stored?.Number, stored?.Text))]);
            }
        }

        return PointsScorer.Score(data);
    }
}
