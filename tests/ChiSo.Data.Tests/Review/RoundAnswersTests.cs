using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Notifications;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Results;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Review;

public partial class RoundAnswersTests
{
    // Two groups of one criterion each: 1.1 (10 points, from trained/staff), 2.1 (10 points, a plan). Total 20.
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
          - code: "2"
            name: Thể chế số
            children:
              - code: "2.1"
                name: Có kế hoạch chuyển đổi số
                max: 10
                inputs:
                  - { id: plan, type: yes_no }
                score: if(plan, max, 0)
        """;

    // 14/03/2025 16:26 in Hà Nội: inside the window 10/03–20/03.
    private static readonly FakeClock InWindow = new(Samples.Now);

    // 20/03/2025 17:30 UTC is already 21/03 00:30 in Hà Nội: one day late there, though still the 20th in Greenwich.
    private static readonly FakeClock Late = new(new DateTime(2025, 3, 20, 17, 30, 0, DateTimeKind.Utc));

    /// <summary>The rows a test needs: two units, their submissions, a head of the first, two reviewers.</summary>
    private sealed record World(int CampaignId, int UnitId, int OtherUnitId, int SubmissionId, string Reviewer, string Reviewer2, string OwnUnitReviewer, string GroupTwoReviewer);

    private static async Task<World> WorldAsync(ChiSoDbContext db, ReviewStage stage)
    {
        var edition = FrameworkEdition.Draft("mini", 2025, "Bộ chỉ số thử", Yaml);
        var unit = Samples.Province("45", "Tỉnh Quảng Trị", new DateOnly(2008, 1, 1));
        var other = Samples.Province("46", "Thành phố Huế", new DateOnly(2008, 1, 1));
        var campaign = new Campaign { Name = "DII 2025", FrameworkEdition = edition, Year = 2025, Status = CampaignStatus.Review, Stage = stage };
        db.AddRange(unit, other, campaign);
        var users = new[] { "head", "reporter", "reviewer", "reviewer2", "own", "group2" }
            .Select(n => new ChiSoUser { Id = n, UserName = n + "@test.vn", Email = n + "@test.vn" }).ToArray();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        db.CampaignUnits.AddRange(new CampaignUnit { CampaignId = campaign.Id, UnitId = unit.Id }, new CampaignUnit { CampaignId = campaign.Id, UnitId = other.Id });
        db.CampaignPhases.AddRange(
            new CampaignPhase { CampaignId = campaign.Id, Kind = PhaseKind.Confirmation, Opens = new DateOnly(2025, 3, 10), Closes = new DateOnly(2025, 3, 20) },
            new CampaignPhase { CampaignId = campaign.Id, Kind = PhaseKind.Round2Review, Opens = new DateOnly(2025, 3, 21), Closes = new DateOnly(2025, 4, 5) });
        db.Memberships.AddRange(
            new Membership { UserId = "head", UnitId = unit.Id, Role = Role.UnitHead },
            new Membership { UserId = "reporter", UnitId = unit.Id, Role = Role.UnitReporter },
            new Membership { UserId = "own", UnitId = unit.Id, Role = Role.UnitReporter });
        db.ReviewerAssignments.AddRange(
            new ReviewerAssignment { CampaignId = campaign.Id, UserId = "reviewer", AssignedBy = "organiser" },
            new ReviewerAssignment { CampaignId = campaign.Id, UserId = "reviewer2", UnitId = unit.Id, AssignedBy = "organiser" },
            new ReviewerAssignment { CampaignId = campaign.Id, UserId = "own", AssignedBy = "organiser" },
            new ReviewerAssignment { CampaignId = campaign.Id, UserId = "group2", NodeCode = "2", AssignedBy = "organiser" });
        var submission = new Submission { CampaignId = campaign.Id, UnitId = unit.Id, Status = SubmissionStatus.Round1Published };
        db.Submissions.AddRange(submission, new Submission { CampaignId = campaign.Id, UnitId = other.Id, Status = SubmissionStatus.Round1Published });
        await db.SaveChangesAsync();
        db.InputValues.AddRange(
            Samples.Input(submission.Id, "1.1", "trained", 40), Samples.Input(submission.Id, "1.1", "staff", 50),
            Samples.Input(submission.Id, "2.1", "plan", 1));
        db.CriterionScores.Add(new CriterionScore
        {
            SubmissionId = submission.Id, CriterionCode = "2.1", SelfPoints = 10, ReviewerPoints = 4, ReviewerReason = "Kế hoạch chưa được phê duyệt.",
            ReviewedBy = "reviewer@test.vn", ReviewedAt = Samples.Now,
        });
        await db.SaveChangesAsync();
        return new World(campaign.Id, unit.Id, other.Id, submission.Id, "reviewer", "reviewer2", "own", "group2");
    }

    private static RoundAnswers Answers(ChiSoDbContext db, TimeProvider clock) => new(db, clock, TestPlans.Shared) { PublicUrl = "https://chiso.example.vn" };

    private static async Task SetStageAsync(ChiSoDbContext db, int campaignId, ReviewStage stage)
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId);
        campaign.Stage = stage;
        await db.SaveChangesAsync();
    }

    [Theory]
    [AllDatabases]
    public async Task ObjectAsync_WithinTheWindow_WritesOneObjectionPerCriterionAndAuditsEachChange(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);
        var answers = Answers(db, InWindow);

        var first = await answers.ObjectAsync(world.SubmissionId, "2.1", "Kế hoạch đã được UBND tỉnh phê duyệt ngày 12/01/2025.", "reporter@test.vn");
        var again = await answers.ObjectAsync(world.SubmissionId, "2.1", "  Kế hoạch 15/KH-UBND đã được phê duyệt.  ", "head@test.vn");

        Assert.True(first.Outcome.IsDone);
        Assert.True(again.Outcome.IsDone);
        var row = Assert.Single(await db.Objections.AsNoTracking().ToListAsync());
        Assert.Equal(("2.1", 1, "Kế hoạch 15/KH-UBND đã được phê duyệt.", "head@test.vn", ObjectionStatus.Open), (row.CriterionCode, row.Round, row.Text, row.By, row.Status));
        Assert.Equal(["objection.written", "objection.rewritten"], await db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.True((await AuditLog.VerifyAsync(db)).IsIntact);
    }

    [Theory]
    [AllDatabases]
    public async Task ObjectAsync_WrongCriterionEmptyOrTooLongText_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);
        var answers = Answers(db, InWindow);

        var group = await answers.ObjectAsync(world.SubmissionId, "2", "Nhóm", "head@test.vn");
        var unknown = await answers.ObjectAsync(world.SubmissionId, "9.9", "Không có", "head@test.vn");
        var empty = await answers.ObjectAsync(world.SubmissionId, "2.1", "   ", "head@test.vn");
        var huge = await answers.ObjectAsync(world.SubmissionId, "2.1", new string('x', RoundAnswers.ExplanationLimit + 1), "head@test.vn");

        Assert.All([group, unknown, empty, huge], o => Assert.Equal(StepResult.Invalid, o.Outcome.Kind));
        Assert.Contains("tối đa 4.000", huge.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.Empty(await db.Objections.ToListAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task ObjectAsync_AfterTheLastDayInVietnam_IsRefusedNamingTheDeadline_UnlessTheUnitHasAnExtension(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);

        var late = await Answers(db, Late).ObjectAsync(world.SubmissionId, "2.1", "Trễ", "head@test.vn");
        var lateSign = await Answers(db, Late).SignAsync(world.SubmissionId, confirm: true, null, "head@test.vn");
        db.DeadlineExtensions.Add(new DeadlineExtension
        {
            CampaignId = world.CampaignId, UnitId = world.UnitId, Phase = PhaseKind.Confirmation, NewDeadline = new DateOnly(2025, 3, 24),
            Reason = "Lãnh đạo đi công tác", GrantedBy = "organiser", GrantedAt = Samples.Now,
        });
        await db.SaveChangesAsync();
        var extended = await Answers(db, Late).ObjectAsync(world.SubmissionId, "2.1", "Trong hạn gia hạn", "head@test.vn");

        Assert.Equal(StepResult.Late, late.Outcome.Kind);
        Assert.Equal("Đã hết hạn gửi ý kiến (ngày 20/03/2025).", late.Outcome.Message!.Value.Vi);
        Assert.Equal(StepResult.Late, lateSign.Outcome.Kind);
        Assert.True(extended.Outcome.IsDone);
    }

    [Theory]
    [AllDatabases]
    public async Task ObjectAsync_BeforeTheResultIsOutOrBeforeTheWindowOpens_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Review);

        var notOut = await Answers(db, InWindow).ObjectAsync(world.SubmissionId, "2.1", "Sớm", "head@test.vn");
        await SetStageAsync(db, world.CampaignId, ReviewStage.Round1Out);
        var early = await Answers(db, new FakeClock(new DateTime(2025, 3, 9, 10, 0, 0, DateTimeKind.Utc))).ObjectAsync(world.SubmissionId, "2.1", "Sớm", "head@test.vn");

        Assert.Equal(StepResult.Conflict, notOut.Outcome.Kind);
        Assert.Equal(StepResult.Conflict, early.Outcome.Kind);
        Assert.Contains("10/03/2025", early.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task SignAsync_ObjectionLetter_FilesTheObjections_MarksObjected_AndTellsTheReviewersOfTheUnitOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);
        var answers = Answers(db, InWindow);
        await answers.ObjectAsync(world.SubmissionId, "2.1", "Kế hoạch đã được phê duyệt.", "reporter@test.vn");

        var confirm = await answers.SignAsync(world.SubmissionId, confirm: true, null, "head@test.vn");
        var signed = await answers.SignAsync(world.SubmissionId, confirm: false, "Kính đề nghị xem xét.", "head@test.vn");
        var twice = await answers.SignAsync(world.SubmissionId, confirm: false, null, "head@test.vn");
        var after = await answers.ObjectAsync(world.SubmissionId, "1.1", "Thêm", "head@test.vn");

        Assert.Equal(StepResult.Invalid, confirm.Outcome.Kind);
        Assert.True(signed.Outcome.IsDone);
        Assert.Equal(StepResult.Conflict, twice.Outcome.Kind);
        Assert.Equal(StepResult.Conflict, after.Outcome.Kind);
        var response = Assert.Single(await db.RoundResponses.AsNoTracking().ToListAsync());
        Assert.Equal((false, "head@test.vn", "Kính đề nghị xem xét.", 1), (response.Confirmed, response.SignedBy, response.Note, response.Round));
        Assert.Equal(SubmissionStatus.Objected, (await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == world.SubmissionId)).Status);
        // Reviewers covering the unit: all-units, this-unit and the group-2 reviewer; never the unit's own reporter.
        var told = await db.Set<Notification>().OrderBy(n => n.UserId).Select(n => n.UserId).ToListAsync();
        Assert.Equal(["group2", "reviewer", "reviewer2"], told);
        var mail = await db.Set<OutboxMessage>().Where(m => m.To == "reviewer@test.vn").SingleAsync();
        Assert.Contains("hạn ngày 05/04/2025", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"https://chiso.example.vn/campaigns/{world.CampaignId}/objections", mail.Body, StringComparison.Ordinal);
        Assert.Contains("round1.objected", await db.AuditEvents.Select(e => e.Action).ToListAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task SignAsync_Confirmation_NeedsNoObjection_AndAWithdrawnObjectionDoesNotCount(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);
        var answers = Answers(db, InWindow);
        var written = await answers.ObjectAsync(world.SubmissionId, "2.1", "Kế hoạch đã được phê duyệt.", "reporter@test.vn");
        var noLetter = await answers.SignAsync(world.SubmissionId, confirm: true, null, "head@test.vn");

        await answers.WithdrawAsync(written.Value!.Id, "head@test.vn");
        var empty = await answers.SignAsync(world.SubmissionId, confirm: false, null, "head@test.vn");
        var confirmed = await answers.SignAsync(world.SubmissionId, confirm: true, null, "head@test.vn");

        Assert.Equal(StepResult.Invalid, noLetter.Outcome.Kind);
        Assert.Equal(StepResult.Invalid, empty.Outcome.Kind);
        Assert.True(confirmed.Outcome.IsDone);
        Assert.True(confirmed.Value!.Confirmed);
        Assert.Equal(SubmissionStatus.Confirmed, (await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == world.SubmissionId)).Status);
        Assert.Empty(await db.Set<Notification>().ToListAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task AnswerAsync_Accepted_SetsTheFinalPointsThatRoundTwoScores_AndTellsTheUnit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);
        var answers = Answers(db, InWindow);
        var objection = (await answers.ObjectAsync(world.SubmissionId, "2.1", "Kế hoạch đã được phê duyệt.", "reporter@test.vn")).Value!;
        await answers.SignAsync(world.SubmissionId, confirm: false, null, "head@test.vn");
        var early = await answers.AnswerAsync(objection.Id, true, 7, "Đơn vị bổ sung quyết định phê duyệt.", objection.Version, world.Reviewer, "reviewer@test.vn");
        await SetStageAsync(db, world.CampaignId, ReviewStage.Round2Review);
        db.ChangeTracker.Clear();
        db.RemoveRange(db.Set<Notification>());
        await db.SaveChangesAsync();

        var tooHigh = await answers.AnswerAsync(objection.Id, true, 10.5, "Quá", objection.Version, world.Reviewer, "reviewer@test.vn");
        var noReason = await answers.AnswerAsync(objection.Id, true, 7, " ", objection.Version, world.Reviewer, "reviewer@test.vn");
        var accepted = await answers.AnswerAsync(objection.Id, true, 7, "Đơn vị bổ sung quyết định phê duyệt.", objection.Version, world.Reviewer, "reviewer@test.vn");

        Assert.Equal(StepResult.Conflict, early.Outcome.Kind);
        Assert.Equal(StepResult.Invalid, tooHigh.Outcome.Kind);
        Assert.Equal(StepResult.Invalid, noReason.Outcome.Kind);
        Assert.True(accepted.Outcome.IsDone);
        var score = await db.CriterionScores.AsNoTracking().SingleAsync(s => s.SubmissionId == world.SubmissionId && s.CriterionCode == "2.1");
        Assert.Equal((10.0, 4.0, 7.0, "Đơn vị bổ sung quyết định phê duyệt.", "reviewer@test.vn"), (score.SelfPoints, score.ReviewerPoints, score.FinalPoints, score.FinalReason, score.FinalBy));
        Assert.Equal(InWindow.GetUtcNow().UtcDateTime, score.FinalAt);
        var stored = await db.Objections.AsNoTracking().SingleAsync();
        Assert.Equal((ObjectionStatus.Answered, true, 7.0, "reviewer@test.vn"), (stored.Status, stored.Accepted, stored.NewPoints, stored.AnsweredBy));
        // Round 2 scores the final 7 instead of the reviewed 4: 10 × 40/50 + 7 = 15.
        var round2 = await new CampaignScoring(db, InWindow, TestPlans.Shared).ScoreAsync(world.CampaignId, Rounds.Second);
        Assert.Equal(15.0, round2.Sheet!.Points(0, 0));
        Assert.Equal(["head", "own", "reporter"], await db.Set<Notification>().OrderBy(n => n.UserId).Select(n => n.UserId).ToListAsync());
        Assert.Contains("được chấp nhận, điểm mới 7,00", (await db.Set<Notification>().FirstAsync()).Body, StringComparison.Ordinal);
        Assert.True((await AuditLog.VerifyAsync(db)).IsIntact);
    }

    [Theory]
    [AllDatabases]
    public async Task AnswerAsync_TheSecondReviewer_IsToldTheFirstAnswer_AndNothingIsOverwritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);
        var objection = (await Answers(db, InWindow).ObjectAsync(world.SubmissionId, "2.1", "Kế hoạch đã được phê duyệt.", "reporter@test.vn")).Value!;
        await Answers(db, InWindow).SignAsync(world.SubmissionId, confirm: false, null, "head@test.vn");
        await SetStageAsync(db, world.CampaignId, ReviewStage.Round2Review);
        var version = objection.Version;

        // Two reviewers opened the same objection; each saves through their own request (context).
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var rejected = await Answers(first, InWindow).AnswerAsync(objection.Id, false, null, "Quyết định ban hành sau kỳ đánh giá.", version, world.Reviewer, "reviewer@test.vn");
        var late = await Answers(second, InWindow).AnswerAsync(objection.Id, true, 9, "Chấp nhận.", version, world.Reviewer2, "reviewer2@test.vn");

        Assert.True(rejected.Outcome.IsDone);
        Assert.Equal(StepResult.Conflict, late.Outcome.Kind);
        Assert.Contains("reviewer@test.vn", late.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.Contains("không chấp nhận", late.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.Equal("Quyết định ban hành sau kỳ đánh giá.", late.Value!.Answer);
        var score = await db.CriterionScores.AsNoTracking().SingleAsync(s => s.CriterionCode == "2.1");
        Assert.Null(score.FinalPoints);
        Assert.Equal(false, (await db.Objections.AsNoTracking().SingleAsync()).Accepted);
    }

    [Theory]
    [AllDatabases]
    public async Task AnswerAsync_OutsideTheReviewersScopeOrForTheirOwnUnit_IsForbidden(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);
        var answers = Answers(db, InWindow);
        var plan = (await answers.ObjectAsync(world.SubmissionId, "2.1", "Kế hoạch đã được phê duyệt.", "reporter@test.vn")).Value!;
        var training = (await answers.ObjectAsync(world.SubmissionId, "1.1", "Đã tập huấn 45 người.", "reporter@test.vn")).Value!;
        await answers.SignAsync(world.SubmissionId, confirm: false, null, "head@test.vn");
        await SetStageAsync(db, world.CampaignId, ReviewStage.Round2Review);

        var own = await answers.AnswerAsync(plan.Id, true, 10, "Của mình", plan.Version, world.OwnUnitReviewer, "own@test.vn");
        var otherGroup = await answers.AnswerAsync(training.Id, true, 9, "Ngoài nhóm", training.Version, world.GroupTwoReviewer, "group2@test.vn");
        var nobody = await answers.AnswerAsync(training.Id, true, 9, "Không được phân công", training.Version, "head", "head@test.vn");
        var inGroup = await answers.AnswerAsync(plan.Id, false, null, "Không đủ căn cứ.", plan.Version, world.GroupTwoReviewer, "group2@test.vn");

        Assert.All([own, otherGroup, nobody], o => Assert.Equal(StepResult.Forbidden, o.Outcome.Kind));
        Assert.True(inGroup.Outcome.IsDone);
        Assert.Equal(ObjectionStatus.Open, (await db.Objections.AsNoTracking().SingleAsync(o => o.Id == training.Id)).Status);
    }
}
