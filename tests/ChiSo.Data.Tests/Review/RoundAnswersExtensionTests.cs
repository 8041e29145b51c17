using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Notifications;
using ChiSo.Data.Review;
using ChiSo.Data.Tests.Results;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Review;

/// <summary>The organiser extends one unit's confirmation window while the round-1 result is out (<see cref="ConfirmationExtensions"/>).</summary>
public partial class RoundAnswersTests
{
    // 16/03/2025 in Hà Nội: the organiser grants the extension inside the window 10/03–20/03.
    private static readonly FakeClock Granting = new(new DateTime(2025, 3, 16, 3, 0, 0, DateTimeKind.Utc));

    // 25/03/2025 in Hà Nội: after the extension to 24/03.
    private static readonly FakeClock AfterExtension = new(new DateTime(2025, 3, 25, 3, 0, 0, DateTimeKind.Utc));

    private const string Why = "Thủ trưởng đơn vị đi công tác nước ngoài đến 22/03.";

    [Theory]
    [AllDatabases]
    public async Task ExtendConfirmation_AtRound1Out_IsAuditedToldToTheUnit_AndLetsItObjectUntilTheNewDay(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);

        var granted = await new ConfirmationExtensions(db, Granting).GrantAsync(world.CampaignId, world.UnitId, new DateOnly(2025, 3, 24), "  " + Why + " ", "organiser@test.vn");
        var window = await ConfirmationWindow.ReadAsync(db, world.CampaignId, world.UnitId);
        var otherWindow = await ConfirmationWindow.ReadAsync(db, world.CampaignId, world.OtherUnitId);
        var inExtension = await Answers(db, Late).ObjectAsync(world.SubmissionId, "2.1", "Kế hoạch đã được phê duyệt.", "head@test.vn");
        var afterIt = await Answers(db, AfterExtension).ObjectAsync(world.SubmissionId, "1.1", "Quá hạn gia hạn.", "head@test.vn");

        Assert.True(granted.Outcome.IsDone, granted.Outcome.Message?.Vi);
        Assert.Equal((new DateOnly(2025, 3, 24), true), (window!.Deadline.Due, window.Deadline.Extended));
        Assert.Equal(new DateOnly(2025, 3, 20), otherWindow!.Deadline.Due);
        Assert.True(inExtension.Outcome.IsDone, inExtension.Outcome.Message?.Vi);
        Assert.Equal(StepResult.Late, afterIt.Outcome.Kind);
        Assert.Equal("Đã hết hạn gửi ý kiến (ngày 24/03/2025).", afterIt.Outcome.Message!.Value.Vi);
        var row = await db.DeadlineExtensions.AsNoTracking().SingleAsync();
        Assert.Equal((PhaseKind.Confirmation, Why, "organiser@test.vn"), (row.Phase, row.Reason, row.GrantedBy));
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityType == "DeadlineExtension");
        Assert.Equal(("grant", Why, $"{world.CampaignId}/{world.UnitId}"), (audit.Action, audit.Reason, audit.EntityId));
        Assert.Contains("Confirmation", audit.After, StringComparison.Ordinal);
        var told = await db.Set<Notification>().AsNoTracking().Where(n => n.Title.StartsWith("Gia hạn xác nhận")).Select(n => n.UserId).OrderBy(u => u).ToListAsync();
        Assert.Equal(["head", "own", "reporter"], told);
        Assert.True((await AuditLog.VerifyAsync(db)).IsIntact);
    }

    [Theory]
    [AllDatabases]
    public async Task ExtendConfirmation_OutsideRound1OutWithoutReasonOrNotLater_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Review);
        var extensions = new ConfirmationExtensions(db, Granting);

        var tooEarly = await extensions.GrantAsync(world.CampaignId, world.UnitId, new DateOnly(2025, 3, 24), Why, "organiser@test.vn");
        await SetStageAsync(db, world.CampaignId, ReviewStage.Round1Out);
        var noReason = await extensions.GrantAsync(world.CampaignId, world.UnitId, new DateOnly(2025, 3, 24), "gấp", "organiser@test.vn");
        var notLater = await extensions.GrantAsync(world.CampaignId, world.UnitId, new DateOnly(2025, 3, 20), Why, "organiser@test.vn");
        var noDate = await extensions.GrantAsync(world.CampaignId, world.UnitId, null, Why, "organiser@test.vn");
        var notInCampaign = await extensions.GrantAsync(world.CampaignId, -1, new DateOnly(2025, 3, 24), Why, "organiser@test.vn");
        await SetStageAsync(db, world.CampaignId, ReviewStage.Round2Review);
        var tooLate = await extensions.GrantAsync(world.CampaignId, world.UnitId, new DateOnly(2025, 3, 24), Why, "organiser@test.vn");

        Assert.Equal(StepResult.Conflict, tooEarly.Outcome.Kind);
        Assert.Contains("Thẩm định vòng 1", tooEarly.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.Equal(StepResult.Invalid, noReason.Outcome.Kind);
        Assert.Equal(StepResult.Invalid, notLater.Outcome.Kind);
        Assert.Equal("Hạn mới phải sau ngày 20/03/2025.", notLater.Outcome.Message!.Value.Vi);
        Assert.Equal(StepResult.Invalid, noDate.Outcome.Kind);
        Assert.Equal(StepResult.NotFound, notInCampaign.Outcome.Kind);
        Assert.Equal(StepResult.Conflict, tooLate.Outcome.Kind);
        Assert.Empty(await db.DeadlineExtensions.ToListAsync());
        Assert.Empty(await db.AuditEvents.ToListAsync());
    }
}
