using ChiSo.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// The leaders (lãnh đạo) who approve a campaign's round-2 result (ADR 0024): those holding the Leader role system-wide
/// or on a unit of the campaign or above one (a province's leader approves its departments' and communes' index). The one
/// rule for who is told that approval is due and who may approve or send back.
/// </summary>
public static class CampaignLeaders
{
    /// <summary>The user ids of the campaign's leaders.</summary>
    public static async Task<HashSet<string>> UserIdsAsync(ChiSoDbContext db, int campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var leaders = await db.Memberships.AsNoTracking().Where(m => m.Role == Role.Leader)
            .Select(m => new { m.UserId, m.UnitId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (leaders.Count == 0)
        {
            return [];
        }

        var covered = await UnitsAndAncestorsAsync(db, campaignId, cancellationToken).ConfigureAwait(false);
        return [.. leaders.Where(l => l.UnitId is null || covered.Contains(l.UnitId.Value)).Select(l => l.UserId)];
    }

    /// <summary>True when <paramref name="userId"/> leads the campaign.</summary>
    public static async Task<bool> LeadsAsync(ChiSoDbContext db, int campaignId, string userId, CancellationToken cancellationToken = default) =>
        (await UserIdsAsync(db, campaignId, cancellationToken).ConfigureAwait(false)).Contains(userId);

    // The campaign's units and every unit above them (ParentId walked up, a handful of levels).
    private static async Task<HashSet<int>> UnitsAndAncestorsAsync(ChiSoDbContext db, int campaignId, CancellationToken cancellationToken)
    {
        var result = new HashSet<int>(await db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == campaignId)
            .Select(cu => cu.UnitId).ToListAsync(cancellationToken).ConfigureAwait(false));
        var frontier = result.ToList();
        while (frontier.Count > 0)
        {
            var parents = await db.Units.AsNoTracking().Where(u => frontier.Contains(u.Id) && u.ParentId != null)
                .Select(u => u.ParentId!.Value).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            frontier = [.. parents.Where(result.Add)];
        }

        return result;
    }
}
