using ChiSo.Data.Accounts;
using ChiSo.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// Tells people about a review step, in the app and by e-mail through the outbox, added to the context so that they
/// are saved in the step's own transaction (with its audit event). The e-mail's link is made absolute with the
/// address the host configured (<c>App:PublicUrl</c>); the in-app notice keeps the local path.
/// </summary>
internal static class RoundNotices
{
    public sealed record Notice(int CampaignId, string TitleVi, string BodyVi, string BodyEn, string Link);

    /// <summary>The unit's reporters and head.</summary>
    public static Task<List<(string Id, string? Email)>> UnitPeopleAsync(ChiSoDbContext db, int unitId, CancellationToken cancellationToken) =>
        PeopleAsync(db, db.Memberships.Where(m => m.UnitId == unitId && (m.Role == Role.UnitReporter || m.Role == Role.UnitHead)).Select(m => m.UserId), cancellationToken);

    /// <summary>The campaign's reviewers whose assignments cover the unit, never one of the unit's own people (<see cref="ReviewerScope"/>).</summary>
    public static Task<List<(string Id, string? Email)>> ReviewersOfAsync(ChiSoDbContext db, int campaignId, int unitId, CancellationToken cancellationToken) =>
        PeopleAsync(db, db.ReviewerAssignments
            .Where(a => a.CampaignId == campaignId && (a.UnitId == null || a.UnitId == unitId))
            .Where(a => !db.Memberships.Any(m => m.UserId == a.UserId && m.UnitId == unitId))
            .Select(a => a.UserId), cancellationToken);

    public static void Add(ChiSoDbContext db, IEnumerable<(string Id, string? Email)> people, Notice notice, string publicUrl, DateTime now)
    {
        var title = notice.TitleVi.Length <= 300 ? notice.TitleVi : notice.TitleVi[..300];
        var link = publicUrl.TrimEnd('/') + notice.Link;
        foreach (var (id, email) in people)
        {
            db.Add(new Notification { UserId = id, CampaignId = notice.CampaignId, Title = title, Body = notice.BodyVi, Link = notice.Link, CreatedAt = now });
            if (!string.IsNullOrWhiteSpace(email))
            {
                db.Add(new OutboxMessage
                {
                    To = email, Subject = title, Body = $"{notice.BodyVi}\n\n{link}\n\n--\n{notice.BodyEn}", CreatedAt = now, NextAttemptAt = now,
                });
            }
        }
    }

    private static async Task<List<(string Id, string? Email)>> PeopleAsync(ChiSoDbContext db, IQueryable<string> userIds, CancellationToken cancellationToken) =>
        [.. (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).OrderBy(u => u.Id).Select(u => new { u.Id, u.Email })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(u => (u.Id, u.Email))];
}
