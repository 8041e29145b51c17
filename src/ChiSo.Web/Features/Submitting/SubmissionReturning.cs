using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Notifications;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Submitting;

/// <summary>
/// An organiser returns a signed submission to its unit (trả lại hồ sơ) with a reason, until the review starts (the
/// campaign still collecting): Submitted → Draft, so the unit can correct and sign again. The unit's reporters and head
/// are told, in the app and by e-mail through the outbox; audited with the reason, in one transaction.
/// </summary>
public sealed class SubmissionReturning(ChiSoDbContext db, UnitAccess access, TimeProvider clock, PublicLinks links)
{
    public async Task<SigningOutcome> ReturnAsync(int submissionId, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicies.IsOrganiser(await access.MembershipsAsync(user, cancellationToken)))
        {
            return new(StatusCodes.Status403Forbidden, "Chỉ người tổ chức kỳ đánh giá được trả lại hồ sơ.", "Only the campaign's organisers may return a submission.");
        }

        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new(StatusCodes.Status400BadRequest, "Hãy ghi lý do trả lại hồ sơ để đơn vị biết cần sửa gì.", "Give the reason for returning the submission, so the unit knows what to correct.");
        }

        if (TextLimits.TooLong(text, TextLimits.Reason, "Lý do", "The reason") is { } tooLong)
        {
            return new(StatusCodes.Status400BadRequest, tooLong.Vi, tooLong.En);
        }

        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
        {
            return new(StatusCodes.Status404NotFound, "Không tìm thấy hồ sơ.", "Submission not found.");
        }

        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == submission.CampaignId)
            .Select(c => new { c.Name, c.Status }).SingleAsync(cancellationToken);
        if (submission.Status != SubmissionStatus.Submitted || campaign.Status != CampaignStatus.Open)
        {
            return new(StatusCodes.Status409Conflict,
                "Chỉ trả lại được hồ sơ đã ký nộp, trước khi bắt đầu thẩm định.", "Only a signed submission can be returned, before the review starts.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.Identity?.Name ?? "?";
        (submission.Status, submission.ReturnReason, submission.ReturnedAt, submission.ReturnedBy) = (SubmissionStatus.Draft, text, now, by);
        await NotifyAsync(submission, campaign.Name, text, now, cancellationToken);
        try
        {
            await new AuditLog(db, clock).AppendAsync(new AuditEntry(
                by, "Submission", submissionId.ToString(CultureInfo.InvariantCulture), "submission.returned",
                """{"status":"Submitted"}""", JsonSerializer.Serialize(new { status = "Draft", reason = text })), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(StatusCodes.Status409Conflict, "Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang.", "Someone else changed the submission just now. Reload the page.");
        }

        return new(StatusCodes.Status200OK, null, null);
    }

    private async Task NotifyAsync(Submission submission, string campaign, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == submission.UnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var people = await (
                from m in db.Memberships.AsNoTracking()
                join u in db.Users on m.UserId equals u.Id
                where m.UnitId == submission.UnitId && (m.Role == Role.UnitReporter || m.Role == Role.UnitHead)
                select new { u.Id, u.Email })
            .Distinct().ToListAsync(cancellationToken);
        var title = Truncate($"Hồ sơ của {unit} đã bị trả lại", 300);
        var link = $"/campaigns/{submission.CampaignId}/units/{submission.UnitId}";
        var body = $"Cơ quan tổ chức kỳ đánh giá \"{campaign}\" đã trả lại hồ sơ tự đánh giá của {unit}. Lý do: {reason} Hãy sửa hồ sơ và ký nộp lại.";
        foreach (var person in people)
        {
            db.Add(new Notification { UserId = person.Id, CampaignId = submission.CampaignId, Title = title, Body = body, Link = link, CreatedAt = now });
            if (!string.IsNullOrWhiteSpace(person.Email))
            {
                db.Add(new OutboxMessage { To = person.Email, Subject = title, Body = $"{body}\n\n{links.To(link)}\n\n--\nThe organiser of \"{campaign}\" returned the self-assessment of {unit}. Reason: {reason} Please correct it and sign it off again.", CreatedAt = now, NextAttemptAt = now });
            }
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
