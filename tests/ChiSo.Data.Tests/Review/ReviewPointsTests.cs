using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Review;

public class ReviewPointsTests
{
    [Theory]
    [AllDatabases]
    public async Task SaveAsync_PointsDifferingFromTheRule_NeedAReason_AndAreAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await ReviewPointsFixture.CreateAsync(db);
        var points = ReviewPointsFixture.Points(db);

        // Đà Nẵng 1.1: the rule gives 10 × 40/50 = 8.
        var bare = await points.SaveAsync(f.Submissions[0], "1.1", 6, "  ", null, f.ReviewerA, "a@hoidong.gov.vn");
        var reasoned = await points.SaveAsync(f.Submissions[0], "1.1", 6, " Chỉ 30 người có chứng nhận. ", null, f.ReviewerA, "a@hoidong.gov.vn");
        var same = await points.SaveAsync(f.Submissions[0], "1.2", 10, null, null, f.ReviewerA, "a@hoidong.gov.vn");

        Assert.Equal(StepResult.Invalid, bare.Outcome.Kind);
        Assert.Contains("(8)", bare.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.True(reasoned.Outcome.IsDone);
        Assert.True(same.Outcome.IsDone);
        var row = await db.CriterionScores.AsNoTracking().SingleAsync(c => c.SubmissionId == f.Submissions[0] && c.CriterionCode == "1.1");
        Assert.Equal(6, row.ReviewerPoints);
        Assert.Equal("Chỉ 30 người có chứng nhận.", row.ReviewerReason);
        Assert.Equal("a@hoidong.gov.vn", row.ReviewedBy);
        Assert.Equal(Samples.Now, row.ReviewedAt);
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == ReviewPoints.EntityType).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([$"{f.Submissions[0]}/1.1", $"{f.Submissions[0]}/1.2"], events.Select(e => e.EntityId));
        Assert.Null(events[0].Before);
        Assert.Contains("\"Points\":6", events[0].After, StringComparison.Ordinal);
        Assert.Equal("Chỉ 30 người có chứng nhận.", events[0].Reason);
        Assert.True((await Data.Audit.AuditLog.VerifyAsync(db)).IsIntact);
    }

    [Theory]
    [AllDatabases]
    public async Task SaveAsync_PointsOutsideZeroToMax_AndOverlongReasons_AreRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await ReviewPointsFixture.CreateAsync(db);
        var points = ReviewPointsFixture.Points(db);

        var above = await points.SaveAsync(f.Submissions[0], "1.1", 10.5, "Thử", null, f.ReviewerA, "a");
        var below = await points.SaveAsync(f.Submissions[0], "1.1", -1, "Thử", null, f.ReviewerA, "a");
        var nan = await points.SaveAsync(f.Submissions[0], "1.1", double.NaN, "Thử", null, f.ReviewerA, "a");
        var longReason = await points.SaveAsync(f.Submissions[0], "1.1", 5, new string('x', ReviewPoints.MaxReason + 1), null, f.ReviewerA, "a");
        var unknown = await points.SaveAsync(f.Submissions[0], "9.9", 5, "Thử", null, f.ReviewerA, "a");

        Assert.Equal(StepResult.Invalid, above.Outcome.Kind);
        Assert.Contains("từ 0 đến 10", above.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.Equal(StepResult.Invalid, below.Outcome.Kind);
        Assert.Equal(StepResult.Invalid, nan.Outcome.Kind);
        Assert.Equal(StepResult.Invalid, longReason.Outcome.Kind);
        Assert.Contains("tối đa 1.000", longReason.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.Equal(StepResult.NotFound, unknown.Outcome.Kind);
        Assert.False(await db.CriterionScores.AnyAsync());
        Assert.False(await db.AuditEvents.AnyAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task SaveAsync_SecondReviewerWithAStaleVersion_IsToldAndGetsTheStoredPoints_NothingLost(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var f = await ReviewPointsFixture.CreateAsync(first);

        // Both opened Quảng Nam's 1.1 (rule: 10 × 30/60 = 5) before anything was reviewed.
        var a = await ReviewPointsFixture.Points(first).SaveAsync(f.Submissions[1], "1.1", 4, "Thiếu danh sách.", null, f.ReviewerA, "a@hoidong.gov.vn");
        var b = await ReviewPointsFixture.Points(second).SaveAsync(f.Submissions[1], "1.1", 3, "Chỉ 18 người.", null, f.ReviewerB, "b@hoidong.gov.vn");
        var retried = await ReviewPointsFixture.Points(second).SaveAsync(f.Submissions[1], "1.1", 3, "Chỉ 18 người.", b.Value!.Version, f.ReviewerB, "b@hoidong.gov.vn");
        var staleAgain = await ReviewPointsFixture.Points(first).SaveAsync(f.Submissions[1], "1.1", 4, "Thiếu danh sách.", a.Value!.Version, f.ReviewerA, "a@hoidong.gov.vn");

        Assert.True(a.Outcome.IsDone);
        Assert.Equal(StepResult.Conflict, b.Outcome.Kind);
        Assert.Equal(4, b.Value!.ReviewerPoints);
        Assert.Equal("a@hoidong.gov.vn", b.Value.ReviewedBy);
        Assert.Equal("Thiếu danh sách.", b.Value.ReviewerReason);
        Assert.Contains("a@hoidong.gov.vn", b.Outcome.Message!.Value.Vi, StringComparison.Ordinal);
        Assert.True(retried.Outcome.IsDone);
        Assert.Equal(3, retried.Value!.ReviewerPoints);
        Assert.Equal(a.Value.Version + 1, retried.Value.Version);
        Assert.Equal(StepResult.Conflict, staleAgain.Outcome.Kind);
        Assert.Equal(3, staleAgain.Value!.ReviewerPoints);
        // Both saves that went through are in the trail, the second with the first as its "before".
        var events = await first.AuditEvents.AsNoTracking().Where(e => e.EntityType == ReviewPoints.EntityType).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, events.Count);
        Assert.Contains("\"Points\":4", events[1].Before, StringComparison.Ordinal);
        Assert.Contains("\"Points\":3", events[1].After, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task SaveAsync_OwnUnitOtherNodeOrWrongStage_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await ReviewPointsFixture.CreateAsync(db);
        // B reviews only Quảng Nam's plan (1.2).
        var onlyPlans = await db.ReviewerAssignments.SingleAsync(a => a.UserId == f.ReviewerB);
        (onlyPlans.NodeCode, onlyPlans.UnitId) = ("1.2", f.Units[1]);
        await db.SaveChangesAsync();
        var points = ReviewPointsFixture.Points(db);

        var own = await points.SaveAsync(f.Submissions[0], "1.1", 8, null, null, f.DaNangReviewer, "c");
        var otherUnit = await points.SaveAsync(f.Submissions[2], "1.2", 10, null, null, f.ReviewerB, "b");
        var otherNode = await points.SaveAsync(f.Submissions[1], "1.1", 5, null, null, f.ReviewerB, "b");
        var assigned = await points.SaveAsync(f.Submissions[1], "1.2", 0, null, null, f.ReviewerB, "b");
        var notAssigned = await points.SaveAsync(f.Submissions[1], "1.2", 0, null, null, "someone-else", "x");
        var campaign = await db.Campaigns.SingleAsync();
        campaign.Stage = ReviewStage.Round1Out;
        await db.SaveChangesAsync();
        var late = await points.SaveAsync(f.Submissions[1], "1.1", 5, null, null, f.ReviewerA, "a");

        Assert.Equal(StepResult.Forbidden, own.Outcome.Kind);
        Assert.Equal(StepResult.Forbidden, otherUnit.Outcome.Kind);
        Assert.Equal(StepResult.Forbidden, otherNode.Outcome.Kind);
        Assert.True(assigned.Outcome.IsDone);
        Assert.Equal(StepResult.Forbidden, notAssigned.Outcome.Kind);
        Assert.Equal(StepResult.Conflict, late.Outcome.Kind);
        Assert.Equal(1, await db.CriterionScores.CountAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task AcceptRulePointsAsync_SkipsReviewedAndDisputedCriteria_AndRoundOneCountsThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await ReviewPointsFixture.CreateAsync(db);
        var points = ReviewPointsFixture.Points(db);
        await points.SaveAsync(f.Submissions[0], "1.1", 6, "Chỉ 30 người có chứng nhận.", null, f.ReviewerA, "a");

        var daNang = await points.AcceptRulePointsAsync(f.Submissions[0], ["1.1", "1.2"], f.ReviewerB, "b");
        var quangNam = await points.AcceptRulePointsAsync(f.Submissions[1], ["1.1", "1.2", "1.1"], f.ReviewerB, "b");
        // Quảng Ngãi's 1.1: self 9 (45 of 50), the rule now 4 (20 of 50): not accepted in bulk.
        var quangNgai = await points.AcceptRulePointsAsync(f.Submissions[2], ["1.1", "1.2"], f.ReviewerB, "b");
        var again = await points.AcceptRulePointsAsync(f.Submissions[1], ["1.1", "1.2"], f.ReviewerB, "b");
        var unknown = await points.AcceptRulePointsAsync(f.Submissions[1], ["1.1", "7"], f.ReviewerB, "b");

        Assert.Equal(1, daNang.Value);
        Assert.Equal(2, quangNam.Value);
        Assert.Equal(1, quangNgai.Value);
        Assert.Equal(0, again.Value);
        Assert.Equal(StepResult.Invalid, unknown.Outcome.Kind);
        var reviewed = await db.CriterionScores.AsNoTracking().OrderBy(c => c.SubmissionId).ThenBy(c => c.CriterionCode)
            .Select(c => new { c.SubmissionId, c.CriterionCode, c.ReviewerPoints, c.ReviewerReason }).ToListAsync();
        Assert.Equal(
            [(f.Submissions[0], "1.1", 6.0), (f.Submissions[0], "1.2", 10.0), (f.Submissions[1], "1.1", 5.0), (f.Submissions[1], "1.2", 0.0), (f.Submissions[2], "1.2", 10.0)],
            reviewed.Select(r => (r.SubmissionId, r.CriterionCode, r.ReviewerPoints!.Value)));
        // One event per criterion saved alone; accepting two of Quảng Nam's at once is one act, one event naming both.
        Assert.Equal(3, await db.AuditEvents.CountAsync(e => e.EntityType == ReviewPoints.EntityType));
        var bulk = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityType == "Submission" && e.Action == "accept-rule-points");
        Assert.Equal(f.Submissions[1].ToString(System.Globalization.CultureInfo.InvariantCulture), bulk.EntityId);
        Assert.Contains("\"CriterionCode\":\"1.1\"", bulk.After, StringComparison.Ordinal);
        Assert.Contains("\"CriterionCode\":\"1.2\"", bulk.After, StringComparison.Ordinal);
        // The audit search by criterion finds the bulk event and the points saved alone (recorded as "submission/criterion").
        var byCriterion = await ChiSo.Data.Audit.AuditSearch.Apply(db, new ChiSo.Data.Audit.AuditFilter(Criterion: "1.1")).Select(e => e.Action).ToListAsync();
        Assert.Contains("accept-rule-points", byCriterion);
        Assert.Equal(1, byCriterion.Count(a => a != "accept-rule-points"));
        // Round 1: Đà Nẵng 6 + 10 = 16; Quảng Nam 5 + 0 = 5; Quảng Ngãi 4 (its round-1 value) + 10 = 14.
        var round1 = await new CampaignScoring(db, ReviewPointsFixture.Clock, TestPlans.Shared).ScoreAsync(f.CampaignId, Rounds.First);
        Assert.Equal([16.0, 5.0, 14.0], Enumerable.Range(0, 3).Select(u => round1.Sheet!.Points(0, u)));
    }

    [Theory]
    [AllDatabases]
    public async Task LoadAsync_GivesSelfRuleAndReviewedPointsSideBySide(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var f = await ReviewPointsFixture.CreateAsync(db);
        await ReviewPointsFixture.Points(db).SaveAsync(f.Submissions[2], "1.1", 3, "Chỉ 15 người.", null, f.ReviewerA, "a");

        var review = await UnitReview.LoadAsync(db, TestPlans.Shared, f.Submissions[2]);

        var c11 = review!.Criterion("1.1")!;
        Assert.Equal((9.0, 4.0, 3.0), (c11.SelfPoints, c11.RulePoints, c11.Score!.ReviewerPoints!.Value));
        Assert.True(c11.Disputed);
        Assert.True(c11.Changed);
        var c12 = review.Criterion("1.2")!;
        Assert.Equal((10.0, 10.0), (c12.SelfPoints, c12.RulePoints));
        Assert.False(c12.IsReviewed);
        Assert.Equal(20, review.Values[("1.1", "trained")].Number);
        Assert.Equal(Rounds.First, review.Values[("1.1", "trained")].Round);
    }
}
