using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Sql;

namespace ChiSo.Data.Tests.Submissions;

public sealed class InputValueBulkLoaderTests
{
    // 2 full 100-row INSERT statements on SQLite plus a 50-row tail.
    private const int Count = (2 * SqliteInserts.RowsPerStatement) + 50;

    private static List<InputValue> Rows(int submissionId) =>
    [
        .. Enumerable.Range(0, Count).Select(i => new InputValue
        {
            SubmissionId = submissionId,
            Round = i % 3,
            CriterionCode = "1." + (i / 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
            InputId = i % 2 == 0 ? "số_cán_bộ" : "kế_hoạch",
            Number = i % 5 == 0 ? null : (i * 0.1) + 1e-9,
            Text = i % 5 == 0 ? "Quyết định số 125/QĐ-UBND" : null,
            EnteredBy = "chuyên viên Sở TT&TT",
            EnteredAt = Samples.Now.AddMicroseconds(i), // PostgreSQL keeps microseconds
            PreviousNumber = i % 7 == 0 ? -i : null,
            PreviousText = i % 11 == 0 ? "cũ" : null,
        }),
    ];

    [Theory, AllDatabases]
    public async Task LoadAsync_ManyRows_ReadBackEqualThroughEf(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        var rows = Rows(submission.Id);

        var written = await InputValueBulkLoader.LoadAsync(db, rows);

        Assert.Equal(Count, written);
        await using var check = database.NewContext();
        var stored = await check.InputValues.AsNoTracking().OrderBy(v => v.Id).ToListAsync();
        Assert.Equal(Count, stored.Count);
        for (var i = 0; i < Count; i++)
        {
            var (expected, actual) = (rows[i], stored[i]);
            Assert.Equal(
                (expected.SubmissionId, expected.Round, expected.CriterionCode, expected.InputId, expected.Number, expected.Text),
                (actual.SubmissionId, actual.Round, actual.CriterionCode, actual.InputId, actual.Number, actual.Text));
            Assert.Equal(
                (expected.EnteredBy, expected.EnteredAt, expected.PreviousNumber, expected.PreviousText, 0),
                (actual.EnteredBy, actual.EnteredAt, actual.PreviousNumber, actual.PreviousText, actual.Version));
            Assert.Equal(DateTimeKind.Utc, actual.EnteredAt.Kind);
        }

        // Stored in the form EF itself writes, so EF's own comparisons find the rows.
        Assert.Equal(1, await check.InputValues.CountAsync(v => v.EnteredAt == rows[7].EnteredAt && v.Number == rows[7].Number));
    }

    [Theory, AllDatabases]
    public async Task LoadAsync_LoadedRow_UpdatesThroughEfWithVersionBump(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        await InputValueBulkLoader.LoadAsync(db, [Samples.Input(submission.Id, "1.1", "trained", 40)]);

        var value = await db.InputValues.SingleAsync();
        value.Number = 45;
        await db.SaveChangesAsync();

        await using var check = database.NewContext();
        var stored = await check.InputValues.AsNoTracking().SingleAsync();
        Assert.Equal((45d, 1), (stored.Number, stored.Version));
    }

    [Theory, AllDatabases]
    public async Task LoadAsync_DuplicateKeyNearTheEnd_WritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        var rows = Rows(submission.Id);
        rows.Add(Samples.Input(submission.Id, rows[0].CriterionCode, rows[0].InputId, 1)); // same key as row 0, round 0

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => InputValueBulkLoader.LoadAsync(db, rows));

        await using var check = database.NewContext();
        Assert.Equal(0, await check.InputValues.CountAsync());
    }

    [Theory, AllDatabases]
    public async Task LoadAsync_FailsInsideCallersTransaction_KeepsCallersEarlierWorkOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await InputValueBulkLoader.LoadAsync(db, [Samples.Input(submission.Id, "9.9", "kept", 1)]);
            var rows = Rows(submission.Id);
            rows.Add(rows[^1]);
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => InputValueBulkLoader.LoadAsync(db, rows));
            await transaction.CommitAsync();
        }

        await using var check = database.NewContext();
        var stored = await check.InputValues.AsNoTracking().SingleAsync();
        Assert.Equal("kept", stored.InputId);
    }

    [Theory, AllDatabases]
    public async Task LoadAsync_CallersTransactionRolledBack_LeavesNoRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await InputValueBulkLoader.LoadAsync(db, Rows(submission.Id));
            Assert.Equal(Count, await db.InputValues.CountAsync());
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await db.InputValues.CountAsync());
    }
}
