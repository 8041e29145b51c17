using System.Globalization;
using ChiSo.Data.Accounts;
using ChiSo.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// The notices of the campaign's stage moves (ADR 0024, issue 13 §4): one in-app <see cref="Notification"/> per person and,
/// when they have an address, one <see cref="OutboxMessage"/> e-mail (Vietnamese first, English after), added to the
/// context so that they are saved in the move's own transaction.
/// </summary>
internal sealed class StageNotices(ChiSoDbContext db, DateTime now, Func<string, string> linkTo)
{
    /// <summary>Who the notice goes to, with their e-mail address (null: in the app only).</summary>
    public sealed record Person(string UserId, string? Email);

    public static string Date(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>The people with the given user ids.</summary>
    public async Task<List<Person>> PeopleAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new Person(u.Id, u.Email)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The reviewers assigned to the campaign.</summary>
    public async Task<List<Person>> ReviewersAsync(int campaignId, CancellationToken cancellationToken) =>
        await PeopleAsync(await db.ReviewerAssignments.AsNoTracking().Where(a => a.CampaignId == campaignId)
            .Select(a => a.UserId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>Each unit's reporters and heads, by unit.</summary>
    public async Task<ILookup<int, Person>> UnitPeopleAsync(int campaignId, CancellationToken cancellationToken)
    {
        var rows = await (
                from m in db.Memberships.AsNoTracking()
                join cu in db.CampaignUnits on m.UnitId equals cu.UnitId
                join u in db.Users on m.UserId equals u.Id
                where cu.CampaignId == campaignId && (m.Role == Role.UnitReporter || m.Role == Role.UnitHead)
                select new { UnitId = m.UnitId!.Value, u.Id, u.Email })
            .Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(r => r.UnitId, r => new Person(r.Id, r.Email));
    }

    /// <summary>Everyone in the campaign: the units' people (any role), its reviewers and its leaders.</summary>
    public async Task<List<Person>> EveryoneAsync(int campaignId, CancellationToken cancellationToken)
    {
        var members = await (
                from m in db.Memberships.AsNoTracking()
                join cu in db.CampaignUnits on m.UnitId equals cu.UnitId
                where cu.CampaignId == campaignId
                select m.UserId)
            .Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var reviewers = await db.ReviewerAssignments.AsNoTracking().Where(a => a.CampaignId == campaignId)
            .Select(a => a.UserId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var leaders = await CampaignLeaders.UserIdsAsync(db, campaignId, cancellationToken).ConfigureAwait(false);
        return await PeopleAsync(members.Concat(reviewers).Concat(leaders), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the notice for each person: <paramref name="vi"/> in the app, both languages by e-mail.</summary>
    public void Tell(IEnumerable<Person> people, int campaignId, string title, string vi, string en, string link)
    {
        var shortTitle = Truncate(title, 300);
        var body = Truncate(vi, 4000);
        foreach (var person in people.DistinctBy(p => p.UserId))
        {
            db.Add(new Notification { UserId = person.UserId, CampaignId = campaignId, Title = shortTitle, Body = body, Link = link, CreatedAt = now });
            if (!string.IsNullOrWhiteSpace(person.Email))
            {
                db.Add(new OutboxMessage
                {
                    To = person.Email, Subject = shortTitle, Body = $"{vi}\n\n{linkTo(link)}\n\n--\n{en}", CreatedAt = now, NextAttemptAt = now,
                });
            }
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
