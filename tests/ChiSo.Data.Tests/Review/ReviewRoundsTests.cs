using System.Text.Json;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Notifications;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Review;

public class ReviewRoundsTests
{
    // Two criteria of 10 points: 1.1 = 10 × trained/staff, 1.2 = 10 for a plan.
    private const string Yaml = """
        id: mini
        edition: 2025
        title: Bộ chỉ số thử
        display: { total: 20, as: points, decimals: 2 }
        tree:
          - code: "1"
            name: Nhận thức số
            children:
              - code: "1.1"
                name: Tỷ lệ cán bộ được tập huấn
                max: 10
                inputs:
                  - { id: trained, type: integer, min: 0 }
                  - { id: staff, type: integer, min: 1 }
                score: max * clamp(ratio(trained, staff), 0, 1)
              - code: "1.2"
                name: Có kế hoạch chuyển đổi số
                max: 10
                inputs:
                  - { id: plan, type: yes_no }
                score: if(plan, max, 0)
        """;

    // 14/03/2025 in Vietnam; the confirmation window is 20/03–25/03, extended to 27/03 for Quảng Nam.
    private static readonly DateTime Start = Samples.Now;

    private sealed class Clock(DateTime utc) : TimeProvider
    {
        public DateTime Utc { get; set; } = utc;

        public override DateTimeOffset GetUtcNow() => new(Utc, TimeSpan.Zero);
    }

    private sealed record Fixture(int CampaignId, int[] Units, int[] Submissions);

    /// <summary>Đà Nẵng 18 points, Quảng Nam 5; one reviewer, each unit's reporter and head, a leader; both signed.</summary>
    private static async Task<Fixture> CampaignAsync(ChiSoDbContext db)
    {
        var units = new[]
        {
            Samples.Province("48", "Thành phố Đà Nẵng", new DateOnly(2008, 1, 1)),
            Samples.Province("49", "Tỉnh Quảng Nam", new DateOnly(2008, 1, 1)),
        };
        var campaign = new Campaign { Name = "Thử 2025", FrameworkEdition = FrameworkEdition.Draft("mini", 2025, "Bộ chỉ số thử", Yaml), Year = 2025, Status = CampaignStatus.Open };
        db.AddRange(units);
        db.Add(campaign);
        foreach (var (id, mail) in new[] { ("reviewer", "thamdinh@example.vn"), ("rep48", "baocao48@example.vn"), ("head48", "lanhdao48@example.vn"), ("rep49", null), ("leader", "lanhdao@example.vn"), ("other", "khac@example.vn") })
        {
            db.Users.Add(new ChiSoUser { Id = id, UserName = id, Email = mail });
        }

        await db.SaveChangesAsync();
        db.CampaignPhases.AddRange(
            new CampaignPhase { CampaignId = campaign.Id, Kind = PhaseKind.Round1Review, Opens = new(2025, 3, 10), Closes = new(2025, 3, 18) },
            new CampaignPhase { CampaignId = campaign.Id, Kind = PhaseKind.Confirmation, Opens = new(2025, 3, 20), Closes = new(2025, 3, 25) },
            new CampaignPhase { CampaignId = campaign.Id, Kind = PhaseKind.Round2Review, Opens = new(2025, 3, 28), Closes = new(2025, 4, 5) },
            new CampaignPhase { CampaignId = campaign.Id, Kind = PhaseKind.Approval, Opens = new(2025, 4, 6), Closes = new(2025, 4, 10) });
        db.DeadlineExtensions.Add(new DeadlineExtension
        {
            CampaignId = campaign.Id, UnitId = units[1].Id, Phase = PhaseKind.Confirmation, NewDeadline = new(2025, 3, 27), Reason = "Bão", GrantedBy = "organiser", GrantedAt = Start,
        });
        db.CampaignUnits.AddRange(units.Select(u => new CampaignUnit { CampaignId = campaign.Id, UnitId = u.Id }));
        var submissions = units.Select(u => new Submission { CampaignId = campaign.Id, UnitId = u.Id, Status = SubmissionStatus.Submitted }).ToArray();
        db.Submissions.AddRange(submissions);
        db.ReviewerAssignments.Add(new ReviewerAssignment { CampaignId = campaign.Id, UserId = "reviewer", AssignedBy = "organiser", AssignedAt = Start });
        db.Memberships.AddRange(
            new Membership { UserId = "rep48", UnitId = units[0].Id, Role = Role.UnitReporter },
            new Membership { UserId = "head48", UnitId = units[0].Id, Role = Role.UnitHead },
            new Membership { UserId = "rep49", UnitId = units[1].Id, Role = Role.UnitReporter },
            new Membership { UserId = "leader", UnitId = null, Role = Role.Leader });
        await db.SaveChangesAsync();
        db.InputValues.AddRange(
            Samples.Input(submissions[0].Id, "1.1", "trained", 40), Samples.Input(submissions[0].Id, "1.1", "staff", 50),
            Samples.Input(submissions[0].Id, "1.2", "plan", 1),
            Samples.Input(submissions[1].Id, "1.1", "trained", 30), Samples.Input(submissions[1].Id, "1.1", "staff", 60),
            Samples.Input(submissions[1].Id, "1.2", "plan", 0));
        await db.SaveChangesAsync();
        return new Fixture(campaign.Id, [.. units.Select(u => u.Id)], [.. submissions.Select(s => s.Id)]);
    }

    private static ReviewRounds Rounds(ChiSoDbContext db, TimeProvider clock) => new(db, clock, TestPlans.Shared);

    private static async Task<StoredResultsView> TotalsAsync(ChiSoDbContext db, TimeProvider clock, int snapshotId)
    {
        var stored = await new CampaignScoring(db, clock, TestPlans.Shared).ReadAsync(snapshotId);
        return new([stored!.Points(0, 0), stored.Points(0, 1)], [stored.Rank(0, 0), stored.Rank(0, 1)]);
    }

    private sealed record StoredResultsView(double[] Totals, int[] Ranks);

    private static async Task<SubmissionStatus[]> StatusesAsync(ChiSoDbContext db, Fixture f) =>
        [.. (await db.Submissions.AsNoTracking().Where(s => s.CampaignId == f.CampaignId).OrderBy(s => s.Id).Select(s => s.Status).ToListAsync())];

    private static async Task<ReviewStage> StageAsync(ChiSoDbContext db, int campaignId) =>
        await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Stage).SingleAsync();

    // Plays the campaign from Collecting to Round2Review (round-1 points: Đà Nẵng's plan cut to 4).
    private static async Task ToRound2Async(ChiSoDbContext db, Clock clock, Fixture f)
    {
        var rounds = Rounds(db, clock);
        Assert.True((await rounds.OpenReviewAsync(f.CampaignId, "organiser")).IsDone);
        db.CriterionScores.Add(new CriterionScore { SubmissionId = f.Submissions[0], CriterionCode = "1.2", ReviewerPoints = 4, ReviewerReason = "Kế hoạch chưa được phê duyệt." });
        await db.SaveChangesAsync();
        Assert.True((await rounds.PublishRound1Async(f.CampaignId, "organiser")).Outcome.IsDone);
        clock.Utc = new DateTime(2025, 3, 27, 17, 0, 0, DateTimeKind.Utc); // 28/03 in Vietnam: every window has closed
        Assert.True((await rounds.OpenRound2Async(f.CampaignId, "organiser")).IsDone);
    }

    [Theory]
    [AllDatabases]
    public async Task Lifecycle_EachMove_ChangesStageAndStatuses_StoresSnapshots_TellsPeople_AndIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await CampaignAsync(db);
        var clock = new Clock(Start);
        var rounds = Rounds(db, clock);

        Assert.True((await rounds.OpenReviewAsync(f.CampaignId, "organiser")).IsDone);
        Assert.Equal(ReviewStage.Round1Review, await StageAsync(db, f.CampaignId));
        var told = await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == "reviewer").SingleAsync();
        Assert.Contains("18/03/2025", told.Body, StringComparison.Ordinal);
        Assert.Equal("thamdinh@example.vn", (await db.Set<OutboxMessage>().AsNoTracking().SingleAsync()).To);

        db.CriterionScores.Add(new CriterionScore { SubmissionId = f.Submissions[0], CriterionCode = "1.2", ReviewerPoints = 4, ReviewerReason = "Kế hoạch chưa được phê duyệt." });
        await db.SaveChangesAsync();
        var round1 = await rounds.PublishRound1Async(f.CampaignId, "organiser");
        Assert.True(round1.Outcome.IsDone);
        Assert.Equal(1, round1.Value!.Round);
        Assert.False(round1.Value.Published);
        // Round 1: Đà Nẵng 8 + 4 = 12 (rank 1), Quảng Nam 5 + 0 = 5 (rank 2).
        var r1 = await TotalsAsync(db, clock, round1.Value.Id);
        Assert.Equal([12.0, 5.0], r1.Totals);
        Assert.Equal([1, 2], r1.Ranks);
        Assert.Equal([SubmissionStatus.Round1Published, SubmissionStatus.Round1Published], await StatusesAsync(db, f));
        // The unit's reporter and head are told when they can see it and their last day; Quảng Nam's extension counts.
        var unitNotes = await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == "rep48" || n.UserId == "head48" || n.UserId == "rep49").ToListAsync();
        Assert.Equal(3, unitNotes.Count);
        Assert.All(unitNotes.Where(n => n.UserId != "rep49"), n => Assert.Contains("từ ngày 20/03/2025; hạn cuối xác nhận hoặc góp ý là hết ngày 25/03/2025", n.Body, StringComparison.Ordinal));
        Assert.Contains("hết ngày 27/03/2025", unitNotes.Single(n => n.UserId == "rep49").Body, StringComparison.Ordinal);
        Assert.Equal(3, await db.Set<OutboxMessage>().CountAsync()); // rep49 has no address: in the app only

        // Round 2 opens only after the last extended day (27/03).
        clock.Utc = new DateTime(2025, 3, 26, 3, 0, 0, DateTimeKind.Utc);
        var early = await rounds.OpenRound2Async(f.CampaignId, "organiser");
        Assert.Equal(StepResult.Conflict, early.Kind);
        Assert.Contains("27/03/2025", early.Message!.Value.Vi, StringComparison.Ordinal);
        clock.Utc = new DateTime(2025, 3, 27, 17, 0, 0, DateTimeKind.Utc);
        Assert.True((await rounds.OpenRound2Async(f.CampaignId, "organiser")).IsDone);
        Assert.Equal([SubmissionStatus.Confirmed, SubmissionStatus.Confirmed], await StatusesAsync(db, f));

        var round2 = await rounds.CloseRound2Async(f.CampaignId, "organiser");
        Assert.True(round2.Outcome.IsDone);
        Assert.Equal(2, round2.Value!.Round);
        Assert.Equal(new[] { 12.0, 5.0 }, (await TotalsAsync(db, clock, round2.Value.Id)).Totals); // final = reviewed where no objection changed them
        Assert.Equal([SubmissionStatus.Round2Published, SubmissionStatus.Round2Published], await StatusesAsync(db, f));
        Assert.Contains("10/04/2025", (await db.Set<Notification>().AsNoTracking().SingleAsync(n => n.UserId == "leader")).Body, StringComparison.Ordinal);

        Assert.True((await rounds.ApproveAsync(f.CampaignId, "leader")).IsDone);
        Assert.Equal([SubmissionStatus.Approved, SubmissionStatus.Approved], await StatusesAsync(db, f));
        var headBefore = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Id).Select(e => e.Hash).FirstAsync();
        var published = await rounds.PublishAsync(f.CampaignId, "organiser");
        Assert.True(published.Outcome.IsDone);
        var snapshot = published.Value!;
        Assert.True(snapshot.Published);
        Assert.Equal(headBefore, snapshot.AuditHead);
        Assert.Null(snapshot.SupersedesId);
        Assert.Equal(round2.Value.PayloadHash, snapshot.PayloadHash);
        Assert.Equal(ReviewStage.Published, await StageAsync(db, f.CampaignId));
        Assert.Equal(CampaignStatus.Published, await db.Campaigns.AsNoTracking().Where(c => c.Id == f.CampaignId).Select(c => c.Status).SingleAsync());
        Assert.Equal([SubmissionStatus.Published, SubmissionStatus.Published], await StatusesAsync(db, f));
        // Everyone in the campaign is told: the units' people, the reviewer, the leader; not someone outside it.
        var everyone = await db.Set<Notification>().AsNoTracking().Where(n => n.Title.StartsWith("Đã công bố")).Select(n => n.UserId).OrderBy(u => u).ToListAsync();
        Assert.Equal(["head48", "leader", "rep48", "rep49", "reviewer"], everyone);

        // One audit event per move, each with the stage before and after; one per snapshot with its hashes.
        var moves = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "Campaign").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["stage.review-opened", "stage.round1-published", "stage.round2-opened", "stage.round2-closed", "stage.approved", "stage.published"], moves);
        var snapshotEvents = await db.AuditEvents.AsNoTracking().Where(e => e.Action == ReviewRounds.SnapshotAction).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(3, snapshotEvents.Count);
        using var last = JsonDocument.Parse(snapshotEvents[^1].After!);
        Assert.Equal(snapshot.PayloadHash, last.RootElement.GetProperty("payloadHash").GetString());
        Assert.Equal(snapshot.Id, last.RootElement.GetProperty("snapshotId").GetInt32());
        Assert.Equal(2, last.RootElement.GetProperty("round").GetInt32());
        Assert.Equal(snapshot.InputsHash, last.RootElement.GetProperty("inputsHash").GetString());
        Assert.Equal(snapshot.FrameworkHash, last.RootElement.GetProperty("frameworkHash").GetString());
        Assert.True((await AuditLog.VerifyAsync(db)).IsIntact);
        Assert.Equal(6, await db.Campaigns.AsNoTracking().Where(c => c.Id == f.CampaignId).Select(c => c.Version).SingleAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task EveryMove_FromTheWrongStage_IsRefusedAsAConflict_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await CampaignAsync(db);
        var rounds = Rounds(db, new Clock(Start));

        var outcomes = new[]
        {
            (await rounds.PublishRound1Async(f.CampaignId, "organiser")).Outcome,
            await rounds.OpenRound2Async(f.CampaignId, "organiser"),
            (await rounds.CloseRound2Async(f.CampaignId, "organiser")).Outcome,
            await rounds.ApproveAsync(f.CampaignId, "leader"),
            await rounds.SendBackAsync(f.CampaignId, "Chưa đủ căn cứ.", "leader"),
            (await rounds.PublishAsync(f.CampaignId, "organiser")).Outcome,
            await rounds.ReopenAsync(f.CampaignId, "Sai số liệu.", "admin"),
        };

        Assert.All(outcomes, o =>
        {
            Assert.Equal(StepResult.Conflict, o.Kind);
            Assert.Contains("Kỳ đánh giá đang ở bước \"Đơn vị tự đánh giá\"", o.Message!.Value.Vi, StringComparison.Ordinal);
        });
        Assert.Equal(0, await db.AuditEvents.CountAsync());
        Assert.Equal(0, await db.ResultSnapshots.CountAsync());
        Assert.Equal(0, await db.Campaigns.AsNoTracking().Where(c => c.Id == f.CampaignId).Select(c => c.Version).SingleAsync());
        Assert.Equal(StepResult.NotFound, (await rounds.OpenReviewAsync(9999, "organiser")).Kind);
        Assert.True((await rounds.OpenReviewAsync(f.CampaignId, "organiser")).IsDone);
        Assert.Equal(StepResult.Conflict, (await rounds.OpenReviewAsync(f.CampaignId, "organiser")).Kind);
    }

    [Theory]
    [AllDatabases]
    public async Task TwoOrganisers_MovingAtOnce_TheSecondGetsAConflict_AndNothingOfItsMoveIsWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var setup = database.NewContext())
        {
            id = (await CampaignAsync(setup)).CampaignId;
        }

        var clock = new Clock(Start);
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        // The second organiser's context read the campaign at Collecting, version 0, before the first one moved it.
        await second.Campaigns.SingleAsync(c => c.Id == id);

        Assert.True((await Rounds(first, clock).OpenReviewAsync(id, "organiser-1")).IsDone);
        var late = await Rounds(second, clock).OpenReviewAsync(id, "organiser-2");

        Assert.Equal(StepResult.Conflict, late.Kind);
        Assert.Contains("người khác", late.Message!.Value.Vi, StringComparison.Ordinal);
        await using var check = database.NewContext();
        Assert.Equal(["organiser-1"], await check.AuditEvents.Select(e => e.Actor).ToListAsync());
        Assert.Equal(1, await check.Set<Notification>().CountAsync());
        Assert.Equal(1, await check.Campaigns.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task CloseRound2_WithAFiledObjectionUnanswered_IsRefused_AndOnceAnswered_UsesTheFinalPoints(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await CampaignAsync(db);
        var clock = new Clock(Start);
        await ToRound2Async(db, clock, f);
        // Đà Nẵng filed an objection to 1.2 with its letter; Quảng Nam wrote one but never filed it (it does not block).
        db.RoundResponses.Add(new RoundResponse { SubmissionId = f.Submissions[0], Round = 1, Confirmed = false, SignedBy = "head48", SignedAt = Start });
        db.Objections.AddRange(
            new Objection { SubmissionId = f.Submissions[0], CriterionCode = "1.2", Round = 1, Text = "Kế hoạch đã được phê duyệt ngày 02/03.", By = "rep48", At = Start },
            new Objection { SubmissionId = f.Submissions[1], CriterionCode = "1.1", Round = 1, Text = "Nháp.", By = "rep49", At = Start });
        await db.SaveChangesAsync();
        var rounds = Rounds(db, clock);

        var refused = await rounds.CloseRound2Async(f.CampaignId, "organiser");
        Assert.Equal(StepResult.Conflict, refused.Outcome.Kind);
        Assert.Contains("Còn 1 ý kiến góp ý chưa được trả lời", refused.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.Equal(ReviewStage.Round2Review, await StageAsync(db, f.CampaignId));

        var objection = await db.Objections.SingleAsync(o => o.SubmissionId == f.Submissions[0]);
        (objection.Status, objection.Accepted, objection.NewPoints, objection.Answer) = (ObjectionStatus.Answered, true, 9, "Đã xem quyết định phê duyệt.");
        var score = await db.CriterionScores.SingleAsync(s => s.SubmissionId == f.Submissions[0] && s.CriterionCode == "1.2");
        (score.FinalPoints, score.FinalReason) = (9, "Chấp nhận góp ý.");
        await db.SaveChangesAsync();
        var closed = await rounds.CloseRound2Async(f.CampaignId, "organiser");

        Assert.True(closed.Outcome.IsDone);
        // Đà Nẵng 8 + 9 = 17; Quảng Nam's final points are its reviewed (= the rule's) points, 5.
        Assert.Equal(new[] { 17.0, 5.0 }, (await TotalsAsync(db, clock, closed.Value!.Id)).Totals);
    }

    [Theory]
    [AllDatabases]
    public async Task SendBack_NeedsABoundedReason_ThenReturnsToRound2_WithTheUnitsAnswersRestored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await CampaignAsync(db);
        var clock = new Clock(Start);
        await ToRound2Async(db, clock, f);
        db.RoundResponses.Add(new RoundResponse { SubmissionId = f.Submissions[1], Round = 1, Confirmed = false, SignedBy = "head49", SignedAt = Start });
        await db.SaveChangesAsync();
        var rounds = Rounds(db, clock);
        Assert.True((await rounds.CloseRound2Async(f.CampaignId, "organiser")).Outcome.IsDone);

        Assert.Equal(StepResult.Invalid, (await rounds.SendBackAsync(f.CampaignId, "   ", "leader")).Kind);
        var tooLong = await rounds.SendBackAsync(f.CampaignId, new string('x', ReviewRounds.ReasonLimit + 1), "leader");
        Assert.Equal(StepResult.Invalid, tooLong.Kind);
        Assert.Contains("quá giới hạn 1000 ký tự", tooLong.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.True((await rounds.SendBackAsync(f.CampaignId, " Cần xem lại nhóm 1. ", "leader")).IsDone);

        Assert.Equal(ReviewStage.Round2Review, await StageAsync(db, f.CampaignId));
        Assert.Equal([SubmissionStatus.Confirmed, SubmissionStatus.Objected], await StatusesAsync(db, f));
        var audit = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(("stage.sent-back", "Cần xem lại nhóm 1."), (audit.Action, audit.Reason));
        Assert.Contains("Cần xem lại nhóm 1.", (await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == "reviewer").OrderByDescending(n => n.Id).FirstAsync()).Body, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task Reopen_ThenPublishAgain_WritesASnapshotThatSupersedesTheOld_WhichStaysReadable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await CampaignAsync(db);
        var clock = new Clock(Start);
        await ToRound2Async(db, clock, f);
        var rounds = Rounds(db, clock);
        Assert.True((await rounds.CloseRound2Async(f.CampaignId, "organiser")).Outcome.IsDone);
        Assert.True((await rounds.ApproveAsync(f.CampaignId, "leader")).IsDone);
        var first = (await rounds.PublishAsync(f.CampaignId, "organiser")).Value!;

        Assert.Equal(StepResult.Invalid, (await rounds.ReopenAsync(f.CampaignId, "", "admin")).Kind);
        Assert.True((await rounds.ReopenAsync(f.CampaignId, "Quảng Nam nộp bổ sung quyết định bị thất lạc.", "admin")).IsDone);
        Assert.Equal(ReviewStage.Round2Review, await StageAsync(db, f.CampaignId));
        var score = await db.CriterionScores.SingleAsync(s => s.SubmissionId == f.Submissions[0]);
        score.FinalPoints = 10;
        await db.SaveChangesAsync();
        Assert.True((await rounds.CloseRound2Async(f.CampaignId, "organiser")).Outcome.IsDone);
        Assert.True((await rounds.ApproveAsync(f.CampaignId, "leader")).IsDone);
        var second = (await rounds.PublishAsync(f.CampaignId, "organiser")).Value!;

        Assert.Equal(first.Id, second.SupersedesId);
        Assert.Equal("Quảng Nam nộp bổ sung quyết định bị thất lạc.", second.Reason);
        Assert.Equal(new[] { 12.0, 5.0 }, (await TotalsAsync(db, clock, first.Id)).Totals);
        Assert.Equal(new[] { 18.0, 5.0 }, (await TotalsAsync(db, clock, second.Id)).Totals);
        Assert.True((await AuditLog.VerifyAsync(db)).IsIntact);
        // And the whole check `chiso audit verify` runs: every snapshot written by the moves matches its audit event and head.
        var report = await AuditCheck.RunAsync(db);
        Assert.Empty(report.Findings);
        Assert.Equal(await db.ResultSnapshots.CountAsync(), report.SnapshotsChecked);
    }

    [Theory]
    [AllDatabases]
    public async Task PublishedSnapshot_CannotBeChanged_ThroughEf_AndAChangeWrittenInTheDatabaseFailsItsHashCheck(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int snapshotId;
        await using (var db = database.NewContext())
        {
            var f = await CampaignAsync(db);
            var clock = new Clock(Start);
            await ToRound2Async(db, clock, f);
            var rounds = Rounds(db, clock);
            Assert.True((await rounds.CloseRound2Async(f.CampaignId, "organiser")).Outcome.IsDone);
            Assert.True((await rounds.ApproveAsync(f.CampaignId, "leader")).IsDone);
            snapshotId = (await rounds.PublishAsync(f.CampaignId, "organiser")).Value!.Id;
        }

        await using (var db = database.NewContext())
        {
            var snapshot = await db.ResultSnapshots.SingleAsync(s => s.Id == snapshotId);
            snapshot.Payload = [1, 2, 3];
            await Assert.ThrowsAsync<ImmutableEntityException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.NewContext())
        {
            byte[] forged = [0x1f, 0x8b, 0, 0];
            await db.Database.ExecuteSqlAsync($"UPDATE \"ResultSnapshots\" SET \"Payload\" = {forged} WHERE \"Id\" = {snapshotId}");
            await Assert.ThrowsAsync<InvalidDataException>(() => new CampaignScoring(db, TimeProvider.System, TestPlans.Shared).ReadAsync(snapshotId));
        }
    }
}
