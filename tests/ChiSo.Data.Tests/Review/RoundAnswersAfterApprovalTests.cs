using ChiSo.Data.Campaigns;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Review;

/// <summary>Issue 13 §6: once the leader has approved (and after publication) no reviewer changes any points.</summary>
public partial class RoundAnswersTests
{
    [Theory]
    [AllDatabases]
    public async Task AfterApprovalAndPublication_AReviewerCanNeitherSetNorAcceptPointsNorAnswerAnObjection(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var world = await WorldAsync(db, ReviewStage.Round1Out);
        var answers = Answers(db, InWindow);
        var objection = (await answers.ObjectAsync(world.SubmissionId, "2.1", "Kế hoạch đã được phê duyệt.", "reporter@test.vn")).Value!;
        Assert.True((await answers.SignAsync(world.SubmissionId, confirm: false, null, "head@test.vn")).Outcome.IsDone);
        var points = new ReviewPoints(db, InWindow, TestPlans.Shared);
        var refused = new List<StepResult>();
        foreach (var stage in new[] { ReviewStage.Approval, ReviewStage.Approved, ReviewStage.Published })
        {
            await SetStageAsync(db, world.CampaignId, stage);
            db.ChangeTracker.Clear();
            refused.Add((await points.SaveAsync(world.SubmissionId, "2.1", 10, "Sửa sau phê duyệt", null, world.Reviewer, "reviewer@test.vn")).Outcome.Kind);
            refused.Add((await points.AcceptRulePointsAsync(world.SubmissionId, ["1.1"], world.Reviewer, "reviewer@test.vn")).Outcome.Kind);
            refused.Add((await answers.AnswerAsync(objection.Id, true, 10, "Sửa sau phê duyệt", objection.Version, world.Reviewer, "reviewer@test.vn")).Outcome.Kind);
        }

        Assert.All(refused, kind => Assert.Equal(StepResult.Conflict, kind));
        var scores = await db.CriterionScores.AsNoTracking().Where(s => s.SubmissionId == world.SubmissionId).ToListAsync();
        var plan = Assert.Single(scores);
        Assert.Equal(("2.1", 4.0, (double?)null), (plan.CriterionCode, plan.ReviewerPoints, plan.FinalPoints));
        Assert.Equal(ObjectionStatus.Open, (await db.Objections.AsNoTracking().SingleAsync()).Status);
    }
}
