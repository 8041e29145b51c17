using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Submitting;

/// <summary>What the sign-off gave: submitted, or refused with an HTTP status and a reason.</summary>
public sealed record SigningOutcome(int Status, string? Vi, string? En)
{
    public bool Submitted => Vi is null;
}

/// <summary>
/// The unit head's sign-off (ký nộp): Draft → Submitted, once, while the campaign collects data and the unit's
/// deadline (or extension) has not passed; audited with the state before and after.
/// </summary>
public sealed class SubmissionSigning(ChiSoDbContext db, UnitAccess access, SubmissionWindow window, TimeProvider clock)
{
    public async Task<SigningOutcome> SubmitAsync(int submissionId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
        {
            return new(StatusCodes.Status404NotFound, "Không tìm thấy hồ sơ.", "Submission not found.");
        }

        if (!await access.IsHeadAsync(user, submission.UnitId, cancellationToken))
        {
            return new(StatusCodes.Status403Forbidden,
                "Chỉ thủ trưởng đơn vị mới được ký nộp hồ sơ. Cán bộ báo cáo hãy đề nghị thủ trưởng ký nộp.",
                "Only the unit head may sign off and submit. Reporters: ask your head to submit.");
        }

        var open = await db.Campaigns.AnyAsync(c => c.Id == submission.CampaignId && c.Status == CampaignStatus.Open, cancellationToken);
        if (!open || submission.Status != SubmissionStatus.Draft)
        {
            return new(StatusCodes.Status409Conflict,
                "Hồ sơ đã được nộp, hoặc kỳ đánh giá không còn nhận hồ sơ.", "The submission was already sent, or the campaign no longer accepts submissions.");
        }

        if (await window.RefusalAsync(submission, cancellationToken) is { } closed)
        {
            return new(StatusCodes.Status403Forbidden, closed.Vi, closed.En);
        }

        submission.Status = SubmissionStatus.Submitted;
        try
        {
            await new AuditLog(db, clock).AppendAsync(new AuditEntry(
                user.Identity?.Name ?? "?", "Submission", submissionId.ToString(System.Globalization.CultureInfo.InvariantCulture), "submission.submitted",
                """{"status":"Draft"}""", """{"status":"Submitted"}"""), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(StatusCodes.Status409Conflict, "Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang.", "Someone else changed the submission just now. Reload the page.");
        }

        return new(StatusCodes.Status200OK, null, null);
    }
}
