using System.Globalization;
using System.Text.Json;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// The campaign's stage moves (ADR 0024), each checking the stage it starts from, bumping the campaign's version and
/// writing its audit event and notifications in one transaction. Authorisation (organiser, leader, administrator) is
/// the caller's; these check the process.
/// <para>
/// The units' submissions follow the stage: Submitted → Round1Published (round-1 result out) → Confirmed | Objected
/// (the unit's signed answer; a unit that did not answer counts as confirming when round 2 opens) → Round2Published
/// (round-2 result computed, waiting for approval) → Approved → Published. Sending back and reopening return them to
/// Confirmed | Objected, as their round-1 answer was. Submissions never signed (Draft) stay Draft.
/// </para>
/// <para>
/// Final points: answering an objection (accepted) sets <c>CriterionScore.FinalPoints</c>; everywhere else FinalPoints
/// stays null and the criterion's final points are its reviewed points (round 2 is scored that way by
/// <see cref="CampaignScoring"/>). Closing round 2 fixes them: from then on only a send-back or a reopening lets the
/// reviewers change anything, and the round-2 snapshot records exactly what they were.
/// </para>
/// </summary>
public sealed class ReviewRounds(ChiSoDbContext db, TimeProvider clock, ScoringPlans plans)
{
    /// <summary>The longest reason for sending back or reopening, in characters.</summary>
    public const int ReasonLimit = 1_000;

    /// <summary>The audit action of a reopening: the next publication names its reason.</summary>
    public const string ReopenedAction = "stage.reopened";

    /// <summary>The audit action of every snapshot written; its After JSON names the hashes <c>chiso audit verify</c> checks.</summary>
    public const string SnapshotAction = SnapshotAudit.Action;

    /// <summary>Turns an app path into the link an e-mail carries (the web host makes it absolute).</summary>
    public Func<string, string> LinkTo { get; init; } = path => path;

    /// <summary>Collecting → Round1Review: the reviewers are told.</summary>
    public async Task<StepOutcome> OpenReviewAsync(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        (await MoveAsync(campaignId, ReviewStage.Collecting, ReviewStage.Round1Review, "stage.review-opened", actor, null, null, async (campaign, step, ct) =>
        {
            if (campaign.Status == CampaignStatus.Open)
            {
                // Returning a signed submission ends with collection (SubmissionReturning checks Open).
                campaign.Status = CampaignStatus.Review;
            }

            var deadline = await PhaseAsync(campaignId, PhaseKind.Round1Review, ct);
            step.Notices.Tell(await step.Notices.ReviewersAsync(campaignId, ct), campaignId,
                $"Mở thẩm định: {campaign.Name}",
                $"Kỳ đánh giá \"{campaign.Name}\" đã chuyển sang thẩm định vòng 1. Hãy chấm điểm các đơn vị được phân công trước hết ngày {StageNotices.Date(deadline?.Closes)}.",
                $"The campaign \"{campaign.Name}\" is now in its round-1 review. Please review the units assigned to you by the end of {StageNotices.Date(deadline?.Closes)}.",
                CampaignLink(campaignId));
            return null;
        }, cancellationToken)).Outcome;

    /// <summary>Round1Review → Round1Out: computes and stores the round-1 snapshot from the reviewed points; units are told.</summary>
    public Task<StepOutcome<ResultSnapshot>> PublishRound1Async(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        MoveAsync(campaignId, ReviewStage.Round1Review, ReviewStage.Round1Out, "stage.round1-published", actor, null, null, async (campaign, step, ct) =>
        {
            if (await ComputeAsync(campaignId, Rounds.First, actor, step, ct) is { } failed)
            {
                return failed;
            }

            await SetStatusAsync(campaignId, SubmissionStatus.Submitted, SubmissionStatus.Round1Published, ct);
            var window = await PhaseAsync(campaignId, PhaseKind.Confirmation, ct);
            var extensions = await ExtensionsAsync(campaignId, PhaseKind.Confirmation, ct);
            var people = await step.Notices.UnitPeopleAsync(campaignId, ct);
            var units = await db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == campaignId)
                .Join(db.Units, cu => cu.UnitId, u => u.Id, (cu, u) => new { u.Id, u.Name }).ToListAsync(ct);
            var today = VietnamTime.Today(clock);
            foreach (var unit in units.Where(u => people.Contains(u.Id)))
            {
                var opens = window?.Opens is { } o && o > today ? o : today;
                var due = Deadline.Of(window?.Closes, extensions.GetValueOrDefault(unit.Id)).Due;
                step.Notices.Tell(people[unit.Id], campaignId,
                    $"Kết quả vòng 1 của {unit.Name}",
                    $"Kết quả thẩm định vòng 1 của {unit.Name} trong kỳ đánh giá \"{campaign.Name}\" đã có. Đơn vị xem được kết quả từ ngày {StageNotices.Date(opens)}; hạn cuối xác nhận hoặc góp ý là hết ngày {StageNotices.Date(due)}.",
                    $"The round-1 result of {unit.Name} in the campaign \"{campaign.Name}\" is out. The unit can see it from {StageNotices.Date(opens)}; the last day to confirm it or object is {StageNotices.Date(due)}.",
                    $"/campaigns/{campaignId}/units/{unit.Id}");
            }

            return null;
        }, cancellationToken);

    /// <summary>Round1Out → Round2Review (after the confirmation window); units that did not answer count as confirming.</summary>
    public async Task<StepOutcome> OpenRound2Async(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        (await MoveAsync(campaignId, ReviewStage.Round1Out, ReviewStage.Round2Review, "stage.round2-opened", actor, null, async (campaign, ct) =>
        {
            // The last day any unit may still answer: the window's close or the latest extension of it.
            var window = await PhaseAsync(campaignId, PhaseKind.Confirmation, ct);
            var extensions = await ExtensionsAsync(campaignId, PhaseKind.Confirmation, ct);
            var last = Deadline.Of(window?.Closes, extensions.Count == 0 ? null : extensions.Values.Max()).Due;
            return last is { } day && VietnamTime.Today(clock) <= day
                ? StepOutcome.Refused(StepResult.Conflict,
                    $"Các đơn vị còn được xác nhận hoặc góp ý đến hết ngày {StageNotices.Date(day)}; chỉ mở vòng 2 được từ ngày hôm sau.",
                    $"Units may still confirm or object until the end of {StageNotices.Date(day)}; round 2 can open from the day after.")
                : null;
        }, async (campaign, step, ct) =>
        {
            await SetStatusAsync(campaignId, SubmissionStatus.Round1Published, SubmissionStatus.Confirmed, ct);
            await TellReviewersAsync(campaign, step, "Mở thẩm định vòng 2", "Hãy trả lời mọi ý kiến góp ý của các đơn vị", "Please answer every objection of the units", ct);
            return null;
        }, cancellationToken)).Outcome;

    /// <summary>Round2Review → Approval once every objection is answered: final points fixed, round-2 snapshot stored; the leader is told.</summary>
    public Task<StepOutcome<ResultSnapshot>> CloseRound2Async(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        MoveAsync(campaignId, ReviewStage.Round2Review, ReviewStage.Approval, "stage.round2-closed", actor, null, async (campaign, ct) =>
        {
            // Objections filed with a signed objection letter; those a unit wrote but never filed are not the reviewers' to answer.
            var open = await db.Objections.AsNoTracking()
                .Where(o => o.Status == ObjectionStatus.Open && o.Round == Rounds.First
                    && db.Submissions.Any(s => s.Id == o.SubmissionId && s.CampaignId == campaignId)
                    && db.RoundResponses.Any(r => r.SubmissionId == o.SubmissionId && r.Round == Rounds.First && !r.Confirmed))
                .CountAsync(ct);
            return open > 0
                ? StepOutcome.Refused(StepResult.Conflict,
                    $"Còn {open} ý kiến góp ý chưa được trả lời; hãy trả lời hết trước khi kết thúc vòng 2.",
                    $"{open} objection(s) are still unanswered; answer them all before closing round 2.")
                : null;
        }, async (campaign, step, ct) =>
        {
            if (await ComputeAsync(campaignId, Rounds.Second, actor, step, ct) is { } failed)
            {
                return failed;
            }

            await SetStatusAsync(campaignId, SubmissionStatus.Confirmed, SubmissionStatus.Round2Published, ct);
            await SetStatusAsync(campaignId, SubmissionStatus.Objected, SubmissionStatus.Round2Published, ct);
            var due = (await PhaseAsync(campaignId, PhaseKind.Approval, ct))?.Closes;
            step.Notices.Tell(await step.Notices.PeopleAsync(await CampaignLeaders.UserIdsAsync(db, campaignId, ct), ct), campaignId,
                $"Chờ phê duyệt: {campaign.Name}",
                $"Kết quả vòng 2 của kỳ đánh giá \"{campaign.Name}\" đã sẵn sàng và chờ lãnh đạo phê duyệt, hạn cuối hết ngày {StageNotices.Date(due)}.",
                $"The round-2 result of the campaign \"{campaign.Name}\" is ready and waits for the leader's approval, by the end of {StageNotices.Date(due)}.",
                CampaignLink(campaignId));
            return null;
        }, cancellationToken);

    /// <summary>Approval → Approved (the leader).</summary>
    public async Task<StepOutcome> ApproveAsync(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        (await MoveAsync(campaignId, ReviewStage.Approval, ReviewStage.Approved, "stage.approved", actor, null, null, async (campaign, step, ct) =>
        {
            await SetStatusAsync(campaignId, SubmissionStatus.Round2Published, SubmissionStatus.Approved, ct);
            return null;
        }, cancellationToken)).Outcome;

    /// <summary>Approval → Round2Review with a reason (the leader sends it back).</summary>
    public async Task<StepOutcome> SendBackAsync(int campaignId, string reason, string actor, CancellationToken cancellationToken = default)
    {
        if (CheckReason(reason, "trả lại", "sending back") is { } invalid)
        {
            return invalid;
        }

        return (await MoveAsync(campaignId, ReviewStage.Approval, ReviewStage.Round2Review, "stage.sent-back", actor, reason.Trim(), null, async (campaign, step, ct) =>
        {
            await BackToAnswersAsync(campaignId, SubmissionStatus.Round2Published, ct);
            await TellReviewersAsync(campaign, step, "Lãnh đạo trả lại kết quả vòng 2", $"Lãnh đạo đã trả lại kết quả vòng 2, lý do: {reason.Trim()}. Hãy xem lại",
                $"The leader sent the round-2 result back, because: {reason.Trim()}. Please review it again", ct);
            return null;
        }, cancellationToken)).Outcome;
    }

    /// <summary>Approved → Published: a published snapshot of the approved payload with the audit chain's head; everyone is told.</summary>
    public Task<StepOutcome<ResultSnapshot>> PublishAsync(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        MoveAsync(campaignId, ReviewStage.Approved, ReviewStage.Published, "stage.published", actor, null, null, async (campaign, step, ct) =>
        {
            var approved = await db.ResultSnapshots.AsNoTracking()
                .Where(s => s.CampaignId == campaignId && s.Round == Rounds.Second && !s.Published)
                .OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
            if (approved is null || ResultSnapshot.HashOf(approved.Payload) != approved.PayloadHash)
            {
                return StepOutcome.Refused(StepResult.Conflict,
                    "Không tìm thấy kết quả vòng 2 nguyên vẹn để công bố; hãy báo quản trị hệ thống.",
                    "No intact round-2 result was found to publish; tell the administrator.");
            }

            var previous = await db.ResultSnapshots.AsNoTracking().Where(s => s.CampaignId == campaignId && s.Published)
                .OrderByDescending(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
            var reason = previous is null ? null : await db.AuditEvents.AsNoTracking()
                .Where(e => e.EntityType == nameof(Campaign) && e.EntityId == Id(campaignId) && e.Action == ReopenedAction)
                .OrderByDescending(e => e.Id).Select(e => e.Reason).FirstOrDefaultAsync(ct);
            var head = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(ct) ?? AuditLog.Genesis;
            var published = new ResultSnapshot
            {
                CampaignId = campaignId,
                Round = Rounds.Second,
                FrameworkHash = approved.FrameworkHash,
                InputsHash = approved.InputsHash,
                EngineVersion = approved.EngineVersion,
                CreatedAt = step.Now,
                CreatedBy = actor,
                Published = true,
                Payload = approved.Payload,
                PayloadHash = approved.PayloadHash,
                AuditHead = head,
                SupersedesId = previous,
                Reason = reason,
            };
            db.ResultSnapshots.Add(published);
            campaign.Status = CampaignStatus.Published;
            await db.SaveChangesAsync(ct);
            await AuditSnapshotAsync(published, actor, ct);
            step.Snapshot = published;
            await SetStatusAsync(campaignId, SubmissionStatus.Approved, SubmissionStatus.Published, ct);
            step.Notices.Tell(await step.Notices.EveryoneAsync(campaignId, ct), campaignId,
                $"Đã công bố kết quả: {campaign.Name}",
                previous is null
                    ? $"Kết quả chính thức của kỳ đánh giá \"{campaign.Name}\" đã được công bố."
                    : $"Kết quả chính thức của kỳ đánh giá \"{campaign.Name}\" đã được công bố lại, thay cho lần công bố trước. Lý do mở lại: {reason}",
                previous is null
                    ? $"The official result of the campaign \"{campaign.Name}\" is published."
                    : $"The official result of the campaign \"{campaign.Name}\" is published again, replacing the previous publication. Reopened because: {reason}",
                CampaignLink(campaignId));
            return null;
        }, cancellationToken);

    /// <summary>Published → Round2Review (an administrator, with a reason); the next publication supersedes the current one.</summary>
    public async Task<StepOutcome> ReopenAsync(int campaignId, string reason, string actor, CancellationToken cancellationToken = default)
    {
        if (CheckReason(reason, "mở lại", "reopening") is { } invalid)
        {
            return invalid;
        }

        return (await MoveAsync(campaignId, ReviewStage.Published, ReviewStage.Round2Review, ReopenedAction, actor, reason.Trim(), null, async (campaign, step, ct) =>
        {
            await BackToAnswersAsync(campaignId, SubmissionStatus.Published, ct);
            await TellReviewersAsync(campaign, step, "Mở lại kết quả đã công bố", $"Quản trị hệ thống đã mở lại kết quả đã công bố, lý do: {reason.Trim()}. Hãy xem lại",
                $"The administrator reopened the published result, because: {reason.Trim()}. Please review it again", ct);
            return null;
        }, cancellationToken)).Outcome;
    }

    /// <summary>The plain Vietnamese (and English) name of a stage.</summary>
    public static (string Vi, string En) StageName(ReviewStage stage) => stage switch
    {
        ReviewStage.Collecting => ("Đơn vị tự đánh giá", "Self-assessment"),
        ReviewStage.Round1Review => ("Thẩm định vòng 1", "Round-1 review"),
        ReviewStage.Round1Out => ("Đã gửi kết quả vòng 1, đơn vị xác nhận hoặc góp ý", "Round-1 result out, units confirm or object"),
        ReviewStage.Round2Review => ("Thẩm định vòng 2 (trả lời góp ý)", "Round-2 review (answering objections)"),
        ReviewStage.Approval => ("Chờ lãnh đạo phê duyệt", "Waiting for the leader's approval"),
        ReviewStage.Approved => ("Đã phê duyệt, chờ công bố", "Approved, waiting for publication"),
        ReviewStage.Published => ("Đã công bố", "Published"),
        _ => (stage.ToString(), stage.ToString()),
    };

    // One move: the start stage checked, the precondition checked, then in one transaction the step's work, the campaign
    // saved with its new stage (its version is the concurrency token: a second mover fails and nothing of its move stays)
    // and the audit event.
    private async Task<StepOutcome<ResultSnapshot>> MoveAsync(
        int campaignId, ReviewStage from, ReviewStage to, string action, string actor, string? reason,
        Func<Campaign, CancellationToken, Task<StepOutcome?>>? check,
        Func<Campaign, Step, CancellationToken, Task<StepOutcome?>> work,
        CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return StepOutcome.Refused(StepResult.NotFound, "Không tìm thấy kỳ đánh giá.", "Campaign not found.");
        }

        if (campaign.Stage != from)
        {
            var (nowVi, nowEn) = StageName(campaign.Stage);
            var (needVi, needEn) = StageName(from);
            return StepOutcome.Refused(StepResult.Conflict,
                $"Kỳ đánh giá đang ở bước \"{nowVi}\"; việc này chỉ làm được ở bước \"{needVi}\". Hãy tải lại trang.",
                $"The campaign is at \"{nowEn}\"; this can only be done at \"{needEn}\". Reload the page.");
        }

        if (check is not null && await check(campaign, cancellationToken) is { } refused)
        {
            return refused;
        }

        var before = JsonSerializer.Serialize(new { stage = campaign.Stage.ToString(), status = campaign.Status.ToString(), version = campaign.Version });
        var step = new Step(new StageNotices(db, clock.GetUtcNow().UtcDateTime, LinkTo), clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Saved with the step's first save (a snapshot's, or the last one): one version bump per move.
            campaign.Stage = to;
            if (await work(campaign, step, cancellationToken) is { } failed)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return failed;
            }

            await db.SaveChangesAsync(cancellationToken);
            var after = JsonSerializer.Serialize(new
            {
                stage = campaign.Stage.ToString(), status = campaign.Status.ToString(), version = campaign.Version, snapshotId = step.Snapshot?.Id,
            });
            await new AuditLog(db, clock).AppendAsync(new AuditEntry(actor, nameof(Campaign), Id(campaignId), action, before, after, reason), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(StepOutcome.Done, step.Snapshot);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return StepOutcome.Refused(StepResult.Conflict,
                "Kỳ đánh giá vừa được người khác chuyển bước. Hãy tải lại trang để xem bước hiện tại.",
                "Someone else moved the campaign just now. Reload the page to see where it stands.");
        }
    }

    // Scores the round through the engine, stores its snapshot and audits it; a refusal when the framework cannot be scored.
    private async Task<StepOutcome?> ComputeAsync(int campaignId, int round, string actor, Step step, CancellationToken cancellationToken)
    {
        var result = await new CampaignScoring(db, clock, plans).ComputeAsync(campaignId, round, actor, cancellationToken: cancellationToken);
        if (result.Snapshot is not { } snapshot)
        {
            var problem = result.Problems.FirstOrDefault();
            return StepOutcome.Refused(StepResult.Invalid,
                $"Không tính được kết quả vòng {round}: {problem?.MessageVi ?? "bộ chỉ số có lỗi"}",
                $"The round-{round} result could not be computed: {problem?.MessageEn ?? "the framework has errors"}");
        }

        await AuditSnapshotAsync(snapshot, actor, cancellationToken);
        step.Snapshot = snapshot;
        return null;
    }

    private async Task AuditSnapshotAsync(ResultSnapshot snapshot, string actor, CancellationToken cancellationToken) =>
        await new AuditLog(db, clock).AppendAsync(SnapshotAudit.Created(snapshot, actor, snapshot.Reason), cancellationToken);

    // Moves every submission of the campaign in one status to the next, bumping each row's version as SaveRules does.
    private Task<int> SetStatusAsync(int campaignId, SubmissionStatus from, SubmissionStatus to, CancellationToken cancellationToken) =>
        db.Submissions.Where(s => s.CampaignId == campaignId && s.Status == from)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, to).SetProperty(s => s.Version, s => s.Version + 1), cancellationToken);

    // Back to the unit's round-1 answer: Objected where it filed an objection letter, Confirmed otherwise.
    private async Task BackToAnswersAsync(int campaignId, SubmissionStatus from, CancellationToken cancellationToken)
    {
        await db.Submissions.Where(s => s.CampaignId == campaignId && s.Status == from
                && db.RoundResponses.Any(r => r.SubmissionId == s.Id && r.Round == Rounds.First && !r.Confirmed))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SubmissionStatus.Objected).SetProperty(s => s.Version, s => s.Version + 1), cancellationToken);
        await SetStatusAsync(campaignId, from, SubmissionStatus.Confirmed, cancellationToken);
    }

    private async Task TellReviewersAsync(Campaign campaign, Step step, string titleVi, string whatVi, string whatEn, CancellationToken cancellationToken)
    {
        var due = (await PhaseAsync(campaign.Id, PhaseKind.Round2Review, cancellationToken))?.Closes;
        step.Notices.Tell(await step.Notices.ReviewersAsync(campaign.Id, cancellationToken), campaign.Id,
            $"{titleVi}: {campaign.Name}",
            $"Kỳ đánh giá \"{campaign.Name}\": {whatVi} trước hết ngày {StageNotices.Date(due)}.",
            $"The campaign \"{campaign.Name}\": {whatEn} by the end of {StageNotices.Date(due)}.",
            CampaignLink(campaign.Id));
    }

    private Task<CampaignPhase?> PhaseAsync(int campaignId, PhaseKind kind, CancellationToken cancellationToken) =>
        db.CampaignPhases.AsNoTracking().Where(p => p.CampaignId == campaignId && p.Kind == kind).FirstOrDefaultAsync(cancellationToken);

    // Each unit's latest extension of a phase.
    private async Task<Dictionary<int, DateOnly?>> ExtensionsAsync(int campaignId, PhaseKind kind, CancellationToken cancellationToken) =>
        (await db.DeadlineExtensions.AsNoTracking().Where(e => e.CampaignId == campaignId && e.Phase == kind)
            .GroupBy(e => e.UnitId).Select(g => new { g.Key, Last = g.Max(e => e.NewDeadline) }).ToListAsync(cancellationToken))
        .ToDictionary(e => e.Key, e => (DateOnly?)e.Last);

    private static StepOutcome? CheckReason(string? reason, string whatVi, string whatEn)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            return StepOutcome.Refused(StepResult.Invalid, $"Hãy ghi lý do {whatVi}.", $"Give the reason for {whatEn}.");
        }

        return text.Length > ReasonLimit
            ? StepOutcome.Refused(StepResult.Invalid,
                $"Lý do dài {text.Length} ký tự, quá giới hạn {ReasonLimit} ký tự. Hãy viết ngắn lại.",
                $"The reason is {text.Length} characters long, over the limit of {ReasonLimit}. Please shorten it.")
            : null;
    }

    private static string CampaignLink(int campaignId) => $"/campaigns/{campaignId}";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed class Step(StageNotices notices, DateTime now)
    {
        public StageNotices Notices { get; } = notices;

        public DateTime Now { get; } = now;

        public ResultSnapshot? Snapshot { get; set; }
    }
}
