using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Sql;

namespace ChiSo.Data.Tests.Submissions;

public sealed class InputValueWritesTests
{
    [Theory, AllDatabases]
    public async Task UpdateIfVersion_CurrentThenStale_WritesOnceKeepingThePreviousValue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        InputValue stored;
        await using (var setup = database.NewContext())
        {
            var submission = await Samples.SubmissionAsync(setup);
            stored = Samples.Input(submission.Id, "1.2", "trained", 40);
            setup.InputValues.Add(stored);
            await setup.SaveChangesAsync();
        }

        var at = new DateTime(2026, 11, 24, 3, 4, 5, DateTimeKind.Utc);
        InputValue Next(double? number, string? text) => new()
        {
            SubmissionId = stored.SubmissionId, Round = stored.Round, CriterionCode = "1.2", InputId = "trained",
            Number = number, Text = text, EnteredBy = "baocao@demo.chiso.vn", EnteredAt = at,
        };

        await using var db = database.NewContext();
        var written = await InputValueWrites.UpdateIfVersionAsync(db, Next(45, null), seen: 0);
        var stale = await InputValueWrites.UpdateIfVersionAsync(db, Next(50, null), seen: 0);
        var cleared = await InputValueWrites.UpdateIfVersionAsync(db, Next(null, null), seen: 1);
        var after = await db.InputValues.AsNoTracking().SingleAsync(v => v.Id == stored.Id);

        Assert.Equal((1, 0, 1), (written, stale, cleared));
        Assert.Null(after.Number);
        Assert.Equal(45d, after.PreviousNumber);
        Assert.Equal(2, after.Version);
        Assert.Equal(("baocao@demo.chiso.vn", at), (after.EnteredBy, after.EnteredAt));
    }
}
