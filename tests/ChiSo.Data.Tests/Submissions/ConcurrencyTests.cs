using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Submissions;

public sealed class ConcurrencyTests
{
    [Theory, AllDatabases]
    public async Task SaveOrConflict_TwoEditorsChangeTheSameValue_SecondIsRefusedWithBothVersions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var setup = database.NewContext())
        {
            var submission = await Samples.SubmissionAsync(setup);
            var value = Samples.Input(submission.Id, "1.2", "trained", 40);
            setup.InputValues.Add(value);
            await setup.SaveChangesAsync();
            id = value.Id;
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var mine = await first.InputValues.SingleAsync(v => v.Id == id);
        var theirs = await second.InputValues.SingleAsync(v => v.Id == id);
        mine.Number = 45;
        theirs.Number = 50;

        var firstSave = await first.SaveOrConflictAsync();
        var secondSave = await second.SaveOrConflictAsync();

        Assert.True(firstSave.Succeeded);
        var conflict = Assert.Single(secondSave.Conflicts);
        Assert.Equal(nameof(Data.Submissions.InputValue), conflict.EntityType);
        Assert.Equal(45d, conflict.Stored![nameof(mine.Number)]);
        Assert.Equal(1, conflict.Stored[nameof(mine.Version)]);
        Assert.Equal(50d, conflict.Attempted[nameof(mine.Number)]);
        await using var check = database.NewContext();
        var stored = await check.InputValues.AsNoTracking().SingleAsync(v => v.Id == id);
        Assert.Equal(45d, stored.Number);
        Assert.Equal(1, stored.Version);
    }

    [Theory, AllDatabases]
    public async Task SaveChanges_StaleSubmission_ThrowsConcurrencyException(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var setup = database.NewContext())
        {
            id = (await Samples.SubmissionAsync(setup)).Id;
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        (await first.Submissions.SingleAsync(s => s.Id == id)).Status = Data.Submissions.SubmissionStatus.Submitted;
        (await second.Submissions.SingleAsync(s => s.Id == id)).Status = Data.Submissions.SubmissionStatus.Objected;
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Theory, AllDatabases]
    public async Task SaveOrConflict_RowDeletedMeanwhile_ReportsDeletion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        var score = new Data.Submissions.CriterionScore { SubmissionId = submission.Id, CriterionCode = "1.1", SelfPoints = 10 };
        db.CriterionScores.Add(score);
        await db.SaveChangesAsync();
        await using (var other = database.NewContext())
        {
            await other.CriterionScores.Where(s => s.Id == score.Id).ExecuteDeleteAsync();
        }

        score.ReviewerPoints = 5;
        var result = await db.SaveOrConflictAsync();

        Assert.True(Assert.Single(result.Conflicts).WasDeleted);
    }
}
