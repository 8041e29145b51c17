using System.Security.Claims;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Accounts;

namespace ChiSo.Web.Features.Progress;

/// <summary>
/// Who may follow a campaign's progress: system-wide administrators and organisers see every unit and may send
/// reminders; a leader sees, read-only, the units of their memberships. Everyone else is refused.
/// </summary>
public static class ProgressAccess
{
    public static Task<bool> CanRemindAsync(this UnitAccess access, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        access.IsOrganiserAsync(user, cancellationToken);

    public static async Task<bool> CanFollowProgressAsync(this UnitAccess access, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        return await access.CanRemindAsync(user, cancellationToken)
            || (await access.MembershipsAsync(user, cancellationToken)).Any(m => m.Role is Role.Leader);
    }

    /// <summary>The units the user may see on the board; null means all of them.</summary>
    public static async Task<HashSet<int>?> BoardUnitsAsync(this UnitAccess access, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        return await access.CanRemindAsync(user, cancellationToken) ? null : await access.UnitIdsAsync(user, cancellationToken);
    }
}
