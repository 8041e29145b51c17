using ChiSo.Data.Tests.Support;
using ChiSo.Engine.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChiSo.Data.Tests.Submissions;

public sealed class StructuredCitationsTests
{
    [Theory, AllDatabases]
    public async Task Migrate_JoinedCitationsStoredBefore_BecomeStructuredWithEveryPartInItsPlace(DatabaseProvider provider)
    {
        // The submission is made with today's model, then the database goes back to before the migration: rows of
        // tables a later migration changed (campaigns gained columns) cannot be written by today's model to an old schema.
        await using var database = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var before = database.NewContext())
        {
            var submission = await Samples.SubmissionAsync(before);
            var migrations = before.Database.GetMigrations().ToList();
            var index = migrations.FindIndex(m => m.EndsWith("_StructuredCitations", StringComparison.Ordinal));
            await before.GetService<IMigrator>().MigrateAsync(migrations[index - 1]);
            var legacy = Samples.Input(submission.Id, "1.1", "decision", null);
            // A doubled "|" was a "|" in the summary; the old value had one in its signer, past the fourth separator.
            legacy.Text = "125/QĐ-UBND | 2026-03-02 | Kế hoạch || giai đoạn 2026–2030 | Nguyễn Văn \"A\"";
            legacy.PreviousText = "12/KH |  | Quy chế | Trần B|C";
            var plain = Samples.Input(submission.Id, "1.1", "other", null);
            plain.Text = "không";
            var choice = Samples.Input(submission.Id, "1.1", "head", null);
            choice.Text = "chu_tich";
            before.InputValues.AddRange(legacy, plain, choice);
            await before.SaveChangesAsync();
            id = legacy.Id;
        }

        await ChiSoDatabase.MigrateAsync(database.Options);

        await using var db = database.NewContext();
        var rows = await db.InputValues.AsNoTracking().ToDictionaryAsync(v => v.InputId);
        string[] expected = ["125/QĐ-UBND", "2026-03-02", "Kế hoạch | giai đoạn 2026–2030", "Nguyễn Văn \"A\""];
        string[] previous = ["12/KH", "", "Quy chế", "Trần B|C"];
        Assert.True(Citation.IsEncoded(rows["decision"].Text), rows["decision"].Text);
        Assert.Equal(expected, Citation.Decode(rows["decision"].Text));
        Assert.Equal(previous, Citation.Decode(rows["decision"].PreviousText));
        Assert.Equal(("không", "chu_tich"), (rows["other"].Text, rows["head"].Text));
        // As people read it (and as results hash it): the joined line it was.
        Assert.Equal("125/QĐ-UBND | 2026-03-02 | Kế hoạch || giai đoạn 2026–2030 | Nguyễn Văn \"A\"", Citation.Text(rows["decision"].Text));
        Assert.Equal(id, rows["decision"].Id);
    }

    [Theory, AllDatabases]
    public async Task MigrateDown_StructuredCitations_BecomeTheJoinedLineAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        var value = Samples.Input(submission.Id, "1.1", "decision", null);
        value.Text = Citation.Encode(["125/QĐ-UBND", "2026-03-02", "Kế hoạch | 2026", "Nguyễn Văn A"]);
        db.InputValues.Add(value);
        await db.SaveChangesAsync();
        var migrations = db.Database.GetMigrations().ToList();

        await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_StructuredCitations", StringComparison.Ordinal)) - 1]);

        var text = await db.InputValues.AsNoTracking().Where(v => v.Id == value.Id).Select(v => v.Text).SingleAsync();
        Assert.Equal("125/QĐ-UBND | 2026-03-02 | Kế hoạch || 2026 | Nguyễn Văn A", text);
    }
}
