using ChiSo.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// Which units and criteria of a campaign a reviewer may review (ADR 0024): those their assignments cover, never a unit
/// they hold any membership of. The one predicate for the workspace, the points, the answers to objections and the
/// reviewer's right to see a unit's evidence.
/// </summary>
public sealed class ReviewerScope
{
    private readonly IReadOnlyList<ReviewerAssignment> _assignments;
    private readonly HashSet<int> _ownUnits;

    private ReviewerScope(IReadOnlyList<ReviewerAssignment> assignments, HashSet<int> ownUnits)
    {
        _assignments = assignments;
        _ownUnits = ownUnits;
    }

    /// <summary>True when the person has at least one assignment in the campaign.</summary>
    public bool IsReviewer => _assignments.Count > 0;

    /// <summary>The person's assignments and own units, read once.</summary>
    public static async Task<ReviewerScope> ForAsync(ChiSoDbContext db, string userId, int campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assignments = await db.ReviewerAssignments.AsNoTracking()
            .Where(a => a.CampaignId == campaignId && a.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var own = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId && m.UnitId != null)
            .Select(m => m.UnitId!.Value).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ReviewerScope(assignments, [.. own]);
    }

    /// <summary>True when some assignment covers the unit (for any criterion) and the unit is not the reviewer's own.</summary>
    public bool CoversUnit(int unitId) => !_ownUnits.Contains(unitId) && _assignments.Any(a => a.UnitId is null || a.UnitId == unitId);

    /// <summary>True when the reviewer may review <paramref name="criterion"/> of the unit.</summary>
    public bool Covers(ScoringPlan plan, int unitId, string criterion)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return !_ownUnits.Contains(unitId)
            && _assignments.Any(a => (a.UnitId is null || a.UnitId == unitId) && (a.NodeCode is null || IsUnder(plan, criterion, a.NodeCode)));
    }

    /// <summary>True when the node <paramref name="code"/> is <paramref name="ancestor"/> or lies under it.</summary>
    public static bool IsUnder(ScoringPlan plan, string code, string ancestor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.TryGetIndex(code, out var index))
        {
            return false;
        }

        for (var i = index; i > 0; i = plan.Nodes[i].Parent)
        {
            if (plan.Nodes[i].Code == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
