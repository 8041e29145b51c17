using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
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
public sealed class SubmissionSigning(ChiSoDbContext db, UnitAccess access, SubmissionWindow window, TimeProvider clock, ScoringPlans plans)
{
    /// <summary>
    /// Signs off when <paramref name="confirmed"/> (the head ticked that the submission is complete and correct) and no
    /// stored value breaks an error-severity check or its bounds (docs/adr/0023-checks-on-inputs.md).
    /// </summary>
    public async Task<SigningOutcome> SubmitAsync(int submissionId, ClaimsPrincipal user, bool confirmed, CancellationToken cancellationToken = default)
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

        if (!confirmed)
        {
            return new(StatusCodes.Status400BadRequest,
                "Hãy đánh dấu ô xác nhận rằng hồ sơ đầy đủ và đúng trước khi ký nộp.", "Tick the box confirming that the submission is complete and correct before signing it off.");
        }

        if ((await FailuresAsync(submission, cancellationToken)).Where(f => f.Severity == CheckSeverity.Error).ToList() is { Count: > 0 } errors)
        {
            var count = errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new(StatusCodes.Status409Conflict,
                $"Chưa ký nộp được: còn {count} giá trị không hợp lệ (ví dụ tiêu chí {errors[0].Criterion}: {errors[0].Message.Vi}). Hãy sửa rồi ký nộp lại.",
                $"Not signed off: {count} values are not possible (e.g. criterion {errors[0].Criterion}: {errors[0].Message.En}). Correct them and sign off again.");
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

    /// <summary>What the stored self-assessment values break, by the engine's one rule (the form shows the same).</summary>
    private async Task<IReadOnlyList<CheckFailure>> FailuresAsync(Submission submission, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == submission.CampaignId)
            .Select(c => new { c.Year, c.FrameworkEditionId, c.FrameworkEdition!.ContentHash, c.FrameworkEdition.FrameworkId })
            .SingleAsync(cancellationToken);
        var plan = await plans.ForEditionAsync(db, campaign.FrameworkEditionId, campaign.ContentHash, campaign.FrameworkId, cancellationToken);
        var values = await db.InputValues.AsNoTracking().Where(v => v.SubmissionId == submission.Id && v.Round == Rounds.Self)
            .Select(v => new { v.CriterionCode, v.InputId, v.Number, v.Text })
            .ToDictionaryAsync(v => (v.CriterionCode, v.InputId), v => new StoredValue(v.Number, v.Text), cancellationToken);
        var (start, end) = InputBounds.PeriodOf(campaign.Year);
        return InputChecks.OfValues(plan, (criterion, input) => values.GetValueOrDefault((criterion, input)), start, end);
    }
}
