using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;
using ChiSo.Web.Features.Notifications;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.Layout;

/// <summary>What the layout of every page shows about the signed-in user: the set-up and administration links, the unread count.</summary>
public sealed record LayoutUser(bool Organiser, bool Administrator, int Unread, bool ManagesPeople = false);

/// <summary>
/// Reads <see cref="LayoutUser"/> on a DbContext of its own. The layout's reads and the page's run at the same time
/// (the renderer initialises the page while the layout's first query is still running), and two operations at once
/// on the request's one DbContext fail on PostgreSQL. The rules are the usual ones: <see cref="AccessPolicies"/> and
/// <see cref="NotificationInbox"/>, built here on this context.
/// </summary>
public sealed class LayoutFacts(DatabaseOptions options, UserManager<ChiSoUser> users, TimeProvider clock)
{
    public async Task<LayoutUser> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return new(false, false, 0);
        }

        var db = ChiSoDatabase.CreateContext(options);
        await using (db)
        {
            var memberships = await new UnitAccess(db, users).MembershipsAsync(user, cancellationToken);
            return new(
                AccessPolicies.IsOrganiser(memberships),
                AccessPolicies.IsAdministrator(memberships),
                await new NotificationInbox(db, users, clock).UnreadCountAsync(user, cancellationToken),
                AccessPolicies.ManagesPeople(memberships));
        }
    }
}
