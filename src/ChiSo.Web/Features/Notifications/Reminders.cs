using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using ChiSo.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Notifications;

/// <summary>What a reminder reached: the units, the in-app notifications and the e-mails queued.</summary>
public sealed record ReminderResult(int Units, int Notifications, int Emails);

/// <summary>
/// Reminds units of a campaign to finish their self-assessment: one in-app notification per reporter and head of the
/// unit, and one e-mail each in the outbox, saved in one transaction with the audit event.
/// </summary>
public sealed class Reminders(ChiSoDbContext db, TimeProvider clock)
{
    public async Task<ReminderResult> SendAsync(int campaignId, IReadOnlyCollection<int> unitIds, string sentBy, CancellationToken cancellationToken = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Name).SingleAsync(cancellationToken);
        var units = await db.CampaignUnits.AsNoTracking()
            .Where(cu => cu.CampaignId == campaignId && unitIds.Contains(cu.UnitId))
            .Select(cu => new { cu.UnitId, cu.Unit!.Name }).ToListAsync(cancellationToken);
        var people = await (
                from m in db.Memberships.AsNoTracking()
                join u in db.Users on m.UserId equals u.Id
                where m.UnitId != null && unitIds.Contains(m.UnitId.Value) && (m.Role == Role.UnitReporter || m.Role == Role.UnitHead)
                select new { UnitId = m.UnitId!.Value, u.Id, u.Email })
            .Distinct().ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var notifications = 0;
        var emails = 0;
        foreach (var unit in units)
        {
            var text = ReminderText.For(campaign, unit.Name, campaignId, unit.UnitId);
            foreach (var person in people.Where(p => p.UnitId == unit.UnitId))
            {
                db.Add(new Notification { UserId = person.Id, CampaignId = campaignId, Title = text.Subject, Body = text.Body, Link = text.Link, CreatedAt = now });
                notifications++;
                if (!string.IsNullOrWhiteSpace(person.Email))
                {
                    db.Add(new OutboxMessage { To = person.Email, Subject = text.Subject, Body = text.Mail, CreatedAt = now, NextAttemptAt = now });
                    emails++;
                }
            }
        }

        var result = new ReminderResult(units.Count, notifications, emails);
        await new AuditLog(db, clock).AppendAsync(new AuditEntry(
            sentBy, "Campaign", campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Remind", null,
            string.Join(",", units.Select(u => u.UnitId).Order())), cancellationToken);
        return result;
    }
}
