using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Objections;

/// <summary>One filed objection in the reviewers' list: the unit, the criterion's points side by side, and whether this reviewer may answer it.</summary>
public sealed record ObjectionItem(
    ObjectionView Objection, int CampaignId, int UnitId, string UnitCode, string UnitName, string CriterionName, double MaxPoints,
    double? SelfPoints, double? ReviewedPoints, string? ReviewReason, double? FinalPoints, bool CanAnswer);

/// <summary>Which objections the reviewers' list shows.</summary>
public enum ObjectionFilter
{
    All,
    Open,
    Answered,
}

/// <summary>
/// The objections filed in a campaign (with a signed objection letter) that a person may see: organisers all of them,
/// a reviewer those of the units and criteria their assignments cover (<see cref="ReviewerScope"/>), never their own unit's.
/// </summary>
public sealed class ObjectionLists(ChiSoDbContext db, RoundAccess access, UnitAccess units, RoundOneResults results, ScoringPlans plans, TimeProvider clock)
{
    public static ObjectionFilter? Filter(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => ObjectionFilter.All,
        "open" => ObjectionFilter.Open,
        "answered" => ObjectionFilter.Answered,
        _ => null,
    };

    public async Task<IReadOnlyList<ObjectionItem>> ListAsync(ClaimsPrincipal user, int campaignId, ObjectionFilter filter, CancellationToken cancellationToken = default)
    {
        var plan = await plans.ForCampaignAsync(db, campaignId, cancellationToken);
        if (plan is null)
        {
            return [];
        }

        var organiser = AccessPolicies.IsOrganiser(await units.MembershipsAsync(user, cancellationToken));
        var scope = await access.ScopeAsync(user, campaignId, cancellationToken);
        var filed = await (
                from r in db.RoundResponses.AsNoTracking()
                join s in db.Submissions on r.SubmissionId equals s.Id
                join u in db.Units on s.UnitId equals u.Id
                where s.CampaignId == campaignId && r.Round == Rounds.First && !r.Confirmed
                orderby u.Code
                select new { s.Id, s.UnitId, u.Code, u.Name })
            .ToListAsync(cancellationToken);
        var ids = filed.Select(f => f.Id).ToList();
        var objections = await results.ObjectionsAsync(ids, cancellationToken);
        var scores = await db.CriterionScores.AsNoTracking().Where(s => ids.Contains(s.SubmissionId))
            .ToDictionaryAsync(s => (s.SubmissionId, s.CriterionCode), cancellationToken);
        var round1 = await Round1PointsAsync(campaignId, cancellationToken);
        var items = new List<ObjectionItem>();
        foreach (var submission in filed)
        {
            foreach (var ((_, criterion), objection) in objections.Where(o => o.Key.Submission == submission.Id).OrderBy(o => o.Key.Criterion, StringComparer.Ordinal))
            {
                var covers = scope is not null && scope.Covers(plan, submission.UnitId, criterion);
                var answered = objection.Status == nameof(ObjectionStatus.Answered);
                if ((!organiser && !covers) || (filter == ObjectionFilter.Open && answered) || (filter == ObjectionFilter.Answered && !answered))
                {
                    continue;
                }

                var score = scores.GetValueOrDefault((submission.Id, criterion));
                var node = plan.TryGetIndex(criterion, out var index) ? plan.Nodes[index] : null;
                items.Add(new ObjectionItem(
                    objection, campaignId, submission.UnitId, submission.Code, submission.Name, node is null ? criterion : NodeNames.Of(node),
                    node?.MaxPoints ?? 0, score?.SelfPoints, round1?.Invoke(submission.Code, criterion), score?.ReviewerReason, score?.FinalPoints, covers));
            }
        }

        return items;
    }

    /// <summary>The decimals the campaign's framework shows points with.</summary>
    public async Task<int> DecimalsAsync(int campaignId, CancellationToken cancellationToken = default) =>
        (await plans.ForCampaignAsync(db, campaignId, cancellationToken))?.Framework.Display.Decimals ?? 2;

    /// <summary>The round-1 points of a unit's criterion from the campaign's latest round-1 snapshot; null when there is none.</summary>
    private async Task<Func<string, string, double?>?> Round1PointsAsync(int campaignId, CancellationToken cancellationToken)
    {
        var id = await db.ResultSnapshots.AsNoTracking().Where(s => s.CampaignId == campaignId && s.Round == Rounds.First)
            .OrderByDescending(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null || await new CampaignScoring(db, clock, plans).ReadAsync(id.Value, cancellationToken) is not { } stored)
        {
            return null;
        }

        return (unit, criterion) => stored.TryGetUnit(unit, out var u) && stored.TryGetNode(criterion, out var n) && !double.IsNaN(stored.Points(n, u)) ? stored.Points(n, u) : null;
    }
}
