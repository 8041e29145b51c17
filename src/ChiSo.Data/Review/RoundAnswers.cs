using System.Globalization;
using System.Text.Json;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// A unit's answer to its round-1 result and the reviewers' answers to its objections (ADR 0024). Checks the stage
/// (Round1Out for the unit, Round2Review for the reviewers), the confirmation window (a late answer is refused naming
/// the deadline) and versions; every step is an audit event with its notifications, in one transaction. Who may call
/// the unit's steps (its reporter or head; the head alone signs) is the caller's check; the reviewers' scope is checked
/// here (<see cref="ReviewerScope"/>).
/// </summary>
public sealed class RoundAnswers(ChiSoDbContext db, TimeProvider clock, ScoringPlans plans)
{
    /// <summary>The longest explanation of an objection, in characters.</summary>
    public const int ExplanationLimit = 4_000;

    /// <summary>The longest reason of an answer, and the longest note on a letter, in characters.</summary>
    public const int ReasonLimit = 2_000;

    /// <summary>The address the app is reached at (<c>App:PublicUrl</c>), to make the e-mails' links absolute.</summary>
    public string PublicUrl { get; init; } = "";

    /// <summary>Writes (or rewrites, until filed) the unit's objection to one criterion; new evidence is linked by <c>Evidence.ObjectionId</c>.</summary>
    public async Task<StepOutcome<Objection>> ObjectAsync(
        int submissionId, string criterion, string explanation, string actor, CancellationToken cancellationToken = default)
    {
        var text = explanation?.Trim() ?? "";
        if (text.Length == 0)
        {
            return StepOutcome.Refused(StepResult.Invalid,
                "Hãy ghi rõ ý kiến: vì sao đơn vị không đồng ý với điểm của tiêu chí này.", "Write the objection: why the unit disagrees with this criterion's points.");
        }

        if (TooLong(text, ExplanationLimit, "Ý kiến", "The objection") is { } tooLong)
        {
            return tooLong;
        }

        var (submission, refused) = await OpenForUnitAsync(submissionId, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var plan = await plans.ForCampaignAsync(db, submission!.CampaignId, cancellationToken).ConfigureAwait(false);
        if (plan is null || !plan.TryGetIndex(criterion ?? "", out var node) || !plan.Nodes[node].Children.IsEmpty || !plan.Nodes[node].Scored)
        {
            return StepOutcome.Refused(StepResult.Invalid, $"Không có tiêu chí {criterion} để góp ý.", $"There is no criterion {criterion} to object to.");
        }

        var row = await db.Objections
            .Where(o => o.SubmissionId == submissionId && o.CriterionCode == criterion && o.Round == Rounds.First)
            .OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        string? before = null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new Objection { SubmissionId = submissionId, CriterionCode = criterion!, Round = Rounds.First, Text = text, By = actor, At = now, Status = ObjectionStatus.Open };
            db.Objections.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            before = JsonSerializer.Serialize(new { text = row.Text, status = row.Status.ToString() });
            (row.Text, row.By, row.At, row.Status) = (text, actor, now, ObjectionStatus.Open);
        }

        await new AuditLog(db, clock).AppendAsync(new AuditEntry(
            actor, "Objection", Id(row.Id), before is null ? "objection.written" : "objection.rewritten", before,
            JsonSerializer.Serialize(new { submission = submissionId, criterion = row.CriterionCode, text })), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StepOutcome<Objection>(StepOutcome.Done, row);
    }

    /// <summary>Withdraws a written objection before the letter is signed (the unit changed its mind; the text stays in the audit log).</summary>
    public async Task<StepOutcome<Objection>> WithdrawAsync(int objectionId, string actor, CancellationToken cancellationToken = default)
    {
        var row = await db.Objections.SingleOrDefaultAsync(o => o.Id == objectionId, cancellationToken).ConfigureAwait(false);
        if (row is null || row.Round != Rounds.First)
        {
            return StepOutcome.Refused(StepResult.NotFound, "Không tìm thấy ý kiến.", "Objection not found.");
        }

        var (_, refused) = await OpenForUnitAsync(row.SubmissionId, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (row.Status != ObjectionStatus.Open)
        {
            return new StepOutcome<Objection>(StepOutcome.Done, row);
        }

        row.Status = ObjectionStatus.Withdrawn;
        await new AuditLog(db, clock).AppendAsync(new AuditEntry(
            actor, "Objection", Id(row.Id), "objection.withdrawn", JsonSerializer.Serialize(new { text = row.Text, status = "Open" }),
            """{"status":"Withdrawn"}"""), cancellationToken).ConfigureAwait(false);
        return new StepOutcome<Objection>(StepOutcome.Done, row);
    }

    /// <summary>The unit head signs: a confirmation (no open objection) or the objection letter filing every written objection.</summary>
    public async Task<StepOutcome<RoundResponse>> SignAsync(
        int submissionId, bool confirm, string? note, string actor, CancellationToken cancellationToken = default)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (TooLong(text, ReasonLimit, "Ghi chú", "The note") is { } tooLong)
        {
            return tooLong;
        }

        var (submission, refused) = await OpenForUnitAsync(submissionId, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var open = await db.Objections.AsNoTracking()
            .Where(o => o.SubmissionId == submissionId && o.Round == Rounds.First && o.Status == ObjectionStatus.Open)
            .OrderBy(o => o.CriterionCode).Select(o => new { o.Id, o.CriterionCode }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (confirm && open.Count > 0)
        {
            var count = open.Count.ToString(CultureInfo.InvariantCulture);
            return StepOutcome.Refused(StepResult.Invalid,
                $"Đơn vị đã viết {count} ý kiến (tiêu chí {string.Join(", ", open.Select(o => o.CriterionCode))}): hãy ký văn bản góp ý, hoặc rút các ý kiến đó trước khi xác nhận kết quả.",
                $"The unit has written {count} objections (criteria {string.Join(", ", open.Select(o => o.CriterionCode))}): sign the objection letter, or withdraw them before confirming the result.");
        }

        if (!confirm && open.Count == 0)
        {
            return StepOutcome.Refused(StepResult.Invalid,
                "Chưa có ý kiến nào để gửi: hãy viết ý kiến cho từng tiêu chí đơn vị không đồng ý, hoặc ký xác nhận kết quả.",
                "There is no objection to file: write one per criterion the unit disagrees with, or sign the confirmation.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = submission!.Status;
        var response = new RoundResponse { SubmissionId = submissionId, Round = Rounds.First, Confirmed = confirm, SignedBy = actor, SignedAt = now, Note = text };
        db.RoundResponses.Add(response);
        submission.Status = confirm ? SubmissionStatus.Confirmed : SubmissionStatus.Objected;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (!confirm)
            {
                await NotifyLetterAsync(submission, open.Count, now, cancellationToken).ConfigureAwait(false);
            }

            await new AuditLog(db, clock).AppendAsync(new AuditEntry(
                actor, "Submission", Id(submissionId), confirm ? "round1.confirmed" : "round1.objected",
                JsonSerializer.Serialize(new { status = before.ToString() }),
                JsonSerializer.Serialize(new { status = submission.Status.ToString(), response = response.Id, objections = open.Select(o => o.Id), criteria = open.Select(o => o.CriterionCode), note = text })),
                cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another signature got there first (the unique response per submission and round, or the submission's version).
            db.ChangeTracker.Clear();
            return StepOutcome.Refused(StepResult.Conflict,
                "Văn bản của đơn vị vừa được ký. Hãy tải lại trang.", "The unit's letter was signed just now. Reload the page.");
        }

        return new StepOutcome<RoundResponse>(StepOutcome.Done, response);
    }

    /// <summary>Reviewers answer one filed objection: accepted with the new final points, or rejected; a reason either way.</summary>
    public async Task<StepOutcome<Objection>> AnswerAsync(
        int objectionId, bool accept, double? newPoints, string reason, int version, string reviewerUserId, string actor,
        CancellationToken cancellationToken = default)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            return StepOutcome.Refused(StepResult.Invalid,
                "Hãy ghi lý do chấp nhận hoặc không chấp nhận ý kiến: đơn vị sẽ đọc lý do này.", "Give the reason for accepting or rejecting the objection: the unit reads it.");
        }

        if (TooLong(text, ReasonLimit, "Lý do", "The reason") is { } tooLong)
        {
            return tooLong;
        }

        var row = await db.Objections.SingleOrDefaultAsync(o => o.Id == objectionId, cancellationToken).ConfigureAwait(false);
        var submission = row is null ? null
            : await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == row.SubmissionId, cancellationToken).ConfigureAwait(false);
        var filed = row is not null && await db.RoundResponses.AnyAsync(
            r => r.SubmissionId == row.SubmissionId && r.Round == row.Round && !r.Confirmed, cancellationToken).ConfigureAwait(false);
        if (row is null || submission is null || !filed || row.Status == ObjectionStatus.Withdrawn)
        {
            return StepOutcome.Refused(StepResult.NotFound, "Không tìm thấy ý kiến đã gửi.", "Filed objection not found.");
        }

        var plan = await plans.ForCampaignAsync(db, submission.CampaignId, cancellationToken).ConfigureAwait(false);
        var scope = await ReviewerScope.ForAsync(db, reviewerUserId, submission.CampaignId, cancellationToken).ConfigureAwait(false);
        if (plan is null || !scope.Covers(plan, submission.UnitId, row.CriterionCode))
        {
            return StepOutcome.Refused(StepResult.Forbidden,
                "Bạn không được phân công thẩm định tiêu chí này của đơn vị này (hoặc đây là đơn vị của bạn).",
                "You are not assigned to review this criterion of this unit (or it is your own unit).");
        }

        var stage = await db.Campaigns.AsNoTracking().Where(c => c.Id == submission.CampaignId).Select(c => c.Stage).SingleAsync(cancellationToken).ConfigureAwait(false);
        if (stage != ReviewStage.Round2Review)
        {
            return StepOutcome.Refused(StepResult.Conflict,
                "Chỉ trả lời ý kiến của đơn vị trong vòng 2 (thẩm định lại).", "Objections are answered in round 2 (the second review) only.");
        }

        if (row.Status == ObjectionStatus.Answered || row.Version != version)
        {
            return new StepOutcome<Objection>(AnsweredAlready(row), row);
        }

        plan.TryGetIndex(row.CriterionCode, out var node);
        var max = plan.Nodes[node].MaxPoints;
        if (accept && (newPoints is not { } points || !double.IsFinite(points) || points < 0 || points > max))
        {
            return StepOutcome.Refused(StepResult.Invalid,
                $"Khi chấp nhận ý kiến, hãy cho điểm mới của tiêu chí trong khoảng 0 đến {PeopleFormat.Number(max, 2, Language.Vi)}.",
                $"When accepting the objection, give the criterion's new points between 0 and {PeopleFormat.Number(max, 2, Language.En)}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (row.Accepted, row.Answer, row.NewPoints, row.AnsweredBy, row.AnsweredAt, row.Status) =
            (accept, text, accept ? newPoints : null, actor, now, ObjectionStatus.Answered);
        db.Entry(row).Property(o => o.Version).OriginalValue = version;
        object? scoreBefore = null;
        if (accept)
        {
            var score = await db.CriterionScores.SingleOrDefaultAsync(
                s => s.SubmissionId == row.SubmissionId && s.CriterionCode == row.CriterionCode, cancellationToken).ConfigureAwait(false);
            if (score is null)
            {
                score = new CriterionScore { SubmissionId = row.SubmissionId, CriterionCode = row.CriterionCode };
                db.CriterionScores.Add(score);
            }

            scoreBefore = new { reviewed = score.ReviewerPoints, final = score.FinalPoints, reason = score.FinalReason };
            (score.FinalPoints, score.FinalReason, score.FinalBy, score.FinalAt) = (newPoints, text, actor, now);
        }

        await NotifyAnswerAsync(submission, row, now, cancellationToken).ConfigureAwait(false);
        try
        {
            await new AuditLog(db, clock).AppendAsync(new AuditEntry(
                actor, "Objection", Id(row.Id), accept ? "objection.accepted" : "objection.rejected",
                JsonSerializer.Serialize(new { status = "Open", points = scoreBefore }),
                JsonSerializer.Serialize(new { status = "Answered", accepted = accept, points = row.NewPoints, criterion = row.CriterionCode, submission = row.SubmissionId }),
                text), cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var first = await db.Objections.AsNoTracking().SingleAsync(o => o.Id == objectionId, cancellationToken).ConfigureAwait(false);
            return new StepOutcome<Objection>(AnsweredAlready(first), first);
        }

        return new StepOutcome<Objection>(StepOutcome.Done, row);
    }

    /// <summary>Done while the submission's unit may still write objections and sign its answer to round 1 (the stage, the window, not yet signed); otherwise why not.</summary>
    public async Task<StepOutcome> UnitMayAnswerAsync(int submissionId, CancellationToken cancellationToken = default) =>
        (await OpenForUnitAsync(submissionId, cancellationToken).ConfigureAwait(false)).Refused ?? StepOutcome.Done;

    /// <summary>The submission, tracked, when its unit may still write or sign its answer to round 1; otherwise the refusal.</summary>
    private async Task<(Submission? Submission, StepOutcome? Refused)> OpenForUnitAsync(int submissionId, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken).ConfigureAwait(false);
        if (submission is null)
        {
            return (null, StepOutcome.Refused(StepResult.NotFound, "Không tìm thấy hồ sơ.", "Submission not found."));
        }

        var window = await ConfirmationWindow.ReadAsync(db, submission.CampaignId, submission.UnitId, cancellationToken).ConfigureAwait(false);
        if (window!.Refusal(VietnamTime.Today(clock)) is { } refused)
        {
            return (null, refused);
        }

        if (await db.RoundResponses.AnyAsync(r => r.SubmissionId == submissionId && r.Round == Rounds.First, cancellationToken).ConfigureAwait(false))
        {
            return (null, StepOutcome.Refused(StepResult.Conflict,
                "Đơn vị đã ký văn bản trả lời kết quả vòng 1: không viết thêm hay ký lại được.", "The unit has already signed its answer to the round-1 result: nothing more can be written or signed."));
        }

        return (submission, null);
    }

    private static StepOutcome AnsweredAlready(Objection row) => row.Status == ObjectionStatus.Answered
        ? StepOutcome.Refused(StepResult.Conflict,
            $"Ý kiến này vừa được {row.AnsweredBy} trả lời: {(row.Accepted == true ? $"chấp nhận, điểm mới {PeopleFormat.Number(row.NewPoints ?? 0, 2, Language.Vi)}" : "không chấp nhận")}. Lý do: {row.Answer}",
            $"{row.AnsweredBy} answered this objection just now: {(row.Accepted == true ? $"accepted, new points {PeopleFormat.Number(row.NewPoints ?? 0, 2, Language.En)}" : "rejected")}. Reason: {row.Answer}")
        : StepOutcome.Refused(StepResult.Conflict, "Ý kiến vừa được đơn vị thay đổi. Hãy tải lại trang.", "The objection changed just now. Reload the page.");

    private async Task NotifyLetterAsync(Submission submission, int count, DateTime now, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(submission, cancellationToken).ConfigureAwait(false);
        var due = await db.CampaignPhases.AsNoTracking().Where(p => p.CampaignId == submission.CampaignId && p.Kind == PhaseKind.Round2Review)
            .Select(p => (DateOnly?)p.Closes).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var n = count.ToString(CultureInfo.InvariantCulture);
        var notice = new RoundNotices.Notice(
            submission.CampaignId,
            $"{names.Unit} gửi văn bản góp ý kết quả vòng 1 ({n} ý kiến)",
            $"{names.Unit} đã gửi văn bản góp ý về kết quả vòng 1 của kỳ đánh giá \"{names.Campaign}\" với {n} ý kiến cần trả lời trong vòng 2"
                + (due is { } d ? $", hạn ngày {PeopleFormat.Date(d)}." : "."),
            $"{names.Unit} filed an objection letter on the round-1 result of \"{names.Campaign}\" with {n} objections to answer in round 2"
                + (due is { } e ? $", due {e:yyyy-MM-dd}." : "."),
            $"/campaigns/{submission.CampaignId}/objections");
        RoundNotices.Add(db, await RoundNotices.ReviewersOfAsync(db, submission.CampaignId, submission.UnitId, cancellationToken).ConfigureAwait(false), notice, PublicUrl, now);
    }

    private async Task NotifyAnswerAsync(Submission submission, Objection row, DateTime now, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(submission, cancellationToken).ConfigureAwait(false);
        var vi = row.Accepted == true ? $"được chấp nhận, điểm mới {PeopleFormat.Number(row.NewPoints ?? 0, 2, Language.Vi)}" : "không được chấp nhận";
        var en = row.Accepted == true ? $"was accepted, new points {PeopleFormat.Number(row.NewPoints ?? 0, 2, Language.En)}" : "was rejected";
        var notice = new RoundNotices.Notice(
            submission.CampaignId,
            $"Ý kiến về tiêu chí {row.CriterionCode} đã được trả lời",
            $"Ý kiến của {names.Unit} về tiêu chí {row.CriterionCode} (kỳ đánh giá \"{names.Campaign}\") {vi}. Lý do: {row.Answer}",
            $"The objection of {names.Unit} on criterion {row.CriterionCode} (\"{names.Campaign}\") {en}. Reason: {row.Answer}",
            $"/campaigns/{submission.CampaignId}/units/{submission.UnitId}/round-1");
        RoundNotices.Add(db, await RoundNotices.UnitPeopleAsync(db, submission.UnitId, cancellationToken).ConfigureAwait(false), notice, PublicUrl, now);
    }

    private async Task<(string Unit, string Campaign)> NamesAsync(Submission submission, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == submission.UnitId).Select(u => u.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == submission.CampaignId).Select(c => c.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        return (unit, campaign);
    }

    private static StepOutcome? TooLong(string? text, int max, string whatVi, string whatEn)
    {
        var length = text?.Length ?? 0;
        return length <= max ? null : StepOutcome.Refused(StepResult.Invalid,
            $"{whatVi} quá dài: {PeopleFormat.Number(length, 0, Language.Vi)} ký tự, tối đa {PeopleFormat.Number(max, 0, Language.Vi)}. Hãy rút gọn.",
            $"{whatEn} is too long: {PeopleFormat.Number(length, 0, Language.En)} characters, at most {PeopleFormat.Number(max, 0, Language.En)}. Shorten it.");
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
