using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications: nobody reads or marks another user's.</summary>
public sealed class NotificationInbox(ChiSoDbContext db, UserManager<ChiSoUser> users, TimeProvider clock)
{
    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var id = users.GetUserId(user);
        return id is null ? 0 : await Mine(id).CountAsync(n => n.ReadAt == null, cancellationToken);
    }

    public async Task<IReadOnlyList<Notification>> LatestAsync(ClaimsPrincipal user, int count = 50, CancellationToken cancellationToken = default)
    {
        var id = users.GetUserId(user);
        return id is null ? [] : await Mine(id).AsNoTracking().OrderByDescending(n => n.Id).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>Marks one notification (or all, when <paramref name="notificationId"/> is null) read; returns how many changed.</summary>
    public async Task<int> MarkReadAsync(ClaimsPrincipal user, long? notificationId, CancellationToken cancellationToken = default)
    {
        var id = users.GetUserId(user);
        if (id is null)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var query = Mine(id).Where(n => n.ReadAt == null);
        if (notificationId is { } one)
        {
            query = query.Where(n => n.Id == one);
        }

        return await query.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private IQueryable<Notification> Mine(string userId) => db.Set<Notification>().Where(n => n.UserId == userId);
}
