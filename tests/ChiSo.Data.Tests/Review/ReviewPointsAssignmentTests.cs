using ChiSo.Data.Accounts;
using ChiSo.Data.Review;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Review;

/// <summary>Who may be assigned to review (<see cref="ReviewerAssignments"/>); the points these assignments allow are in <see cref="ReviewPointsTests"/>.</summary>
public class ReviewPointsAssignmentTests
{
    [Theory]
    [AllDatabases]
    public async Task AssignAsync_OnlyReviewers_NeverToTheirOwnUnit_KnownNodesOnly_Audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await ReviewPointsFixture.CreateAsync(db);
        var reporter = new ChiSoUser { UserName = "r@quangnam.gov.vn", Email = "r@quangnam.gov.vn", NormalizedEmail = "R@QUANGNAM.GOV.VN" };
        db.Users.Add(reporter);
        db.Memberships.Add(new Membership { UserId = reporter.Id, UnitId = f.Units[1], Role = Role.UnitReporter });
        await db.SaveChangesAsync();
        var assignments = new ReviewerAssignments(db, ReviewPointsFixture.Clock, TestPlans.Shared);

        var notReviewer = await assignments.AssignAsync(f.CampaignId, "r@quangnam.gov.vn", f.Units[0], null, "tochuc");
        var ownUnit = await assignments.AssignAsync(f.CampaignId, "c@danang.gov.vn", f.Units[0], null, "tochuc");
        var unknownNode = await assignments.AssignAsync(f.CampaignId, "c@danang.gov.vn", f.Units[1], "9.9", "tochuc");
        var done = await assignments.AssignAsync(f.CampaignId, "C@DaNang.gov.vn", f.Units[1], "1.2", "tochuc");
        var twice = await assignments.AssignAsync(f.CampaignId, f.DaNangReviewer, f.Units[1], "1.2", "tochuc");
        var removed = await assignments.RemoveAsync(f.CampaignId, done.Value!.Id, "tochuc");
        var removedTwice = await assignments.RemoveAsync(f.CampaignId, done.Value.Id, "tochuc");

        Assert.Equal(StepResult.Invalid, notReviewer.Outcome.Kind);
        Assert.Contains("không có vai trò Thành viên Hội đồng thẩm định", notReviewer.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.Equal(StepResult.Invalid, ownUnit.Outcome.Kind);
        Assert.Contains("thuộc Thành phố Đà Nẵng", ownUnit.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.Equal(StepResult.Invalid, unknownNode.Outcome.Kind);
        Assert.True(done.Outcome.IsDone);
        Assert.Equal((f.DaNangReviewer, f.Units[1], "1.2"), (done.Value.UserId, done.Value.UnitId, done.Value.NodeCode));
        Assert.Equal(StepResult.Conflict, twice.Outcome.Kind);
        Assert.True(removed.IsDone);
        Assert.Equal(StepResult.NotFound, removedTwice.Kind);
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == ReviewerAssignments.EntityType).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["assign", "remove"], events.Select(e => e.Action));
        Assert.Contains("\"NodeCode\":\"1.2\"", events[0].After, StringComparison.Ordinal);
        Assert.Null(events[1].After);
        Assert.Equal(3, await db.ReviewerAssignments.CountAsync());
    }
}
