using ChiSo.Data.Audit;
using ChiSo.Cli.Backups;
using ChiSo.Data;
using ChiSo.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Cli.Tests.Backups;

public sealed class DatabaseBackupTests
{
    [Theory, AllDatabases]
    public async Task Restore_AfterChanges_BringsBackTheBackedUpData(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        using var folder = new TempFolder();
        var before = await FingerprintAsync(database);

        Assert.Empty(await DatabaseBackup.BackupAsync(database.Options, folder.File("chiso.backup")));
        await ChangeAsync(database);
        Assert.NotEqual(before, await FingerprintAsync(database));
        var problems = await DatabaseBackup.RestoreAsync(database.Options, folder.File("chiso.backup"));

        Assert.Empty(problems);
        Assert.Equal(before, await FingerprintAsync(database));
        await using var db = database.NewContext();
        Assert.True((await AuditLog.VerifyAsync(db)).IsIntact);
    }

    [Theory, AllDatabases]
    public async Task Restore_RandomBytes_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        using var folder = new TempFolder();
        var bytes = new byte[64 * 1024];
        new Random(20250701).NextBytes(bytes);
        await File.WriteAllBytesAsync(folder.File("random.backup"), bytes);

        await AssertRefusedAsync(provider, folder.File("random.backup"));
    }

    [Theory, AllDatabases]
    public async Task Restore_TruncatedBackup_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        using var folder = new TempFolder();
        await using (var source = await SeededAsync(provider))
        {
            Assert.Empty(await DatabaseBackup.BackupAsync(source.Options, folder.File("full.backup")));
        }

        var full = await File.ReadAllBytesAsync(folder.File("full.backup"));
        await File.WriteAllBytesAsync(folder.File("truncated.backup"), full[..(full.Length * 2 / 3)]);

        await AssertRefusedAsync(provider, folder.File("truncated.backup"));
    }

    [Theory, AllDatabases]
    public async Task Restore_SqliteFileOfAnotherApp_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        using var folder = new TempFolder();
        await using (var other = new SqliteConnection($"Data Source={folder.File("notes.db")};Pooling=False"))
        {
            await other.OpenAsync();
            await using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT); INSERT INTO Notes (Text) VALUES ('xin chào');";
            await command.ExecuteNonQueryAsync();
        }

        await AssertRefusedAsync(provider, folder.File("notes.db"));
    }

    [Theory, AllDatabases]
    public async Task Restore_MissingFile_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var problems = await DatabaseBackup.RestoreAsync(database.Options, Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N")));

        Assert.Equal("DB003", Assert.Single(problems).Code);
    }

    private static async Task AssertRefusedAsync(DatabaseProvider provider, string file)
    {
        await using var database = await SeededAsync(provider);
        var before = await FingerprintAsync(database);

        var problems = await DatabaseBackup.RestoreAsync(database.Options, file);

        Assert.Equal("DB004", Assert.Single(problems).Code);
        Assert.Equal(before, await FingerprintAsync(database));
    }

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        for (var i = 0; i < 50; i++)
        {
            db.InputValues.Add(Samples.Input(submission.Id, "1." + i, "x", i * 0.1));
        }

        await new AuditLog(db, TimeProvider.System).AppendAsync(new AuditEntry("seed", "Submission", "1", "create", null, "{}"));
        return database;
    }

    private static async Task ChangeAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        (await db.InputValues.OrderBy(v => v.Id).FirstAsync()).Number = 99;
        db.Units.Add(Samples.Province("49", "Tỉnh Quảng Nam", new DateOnly(1997, 1, 1)));
        await new AuditLog(db, TimeProvider.System).AppendAsync(new AuditEntry("after", "Unit", "49", "create", null, "{}"));
    }

    /// <summary>Every row that the tests write, as text, so two states compare with one Assert.Equal.</summary>
    private static async Task<string> FingerprintAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var units = await db.Units.OrderBy(u => u.Id).Select(u => u.Id + u.Code + u.Name).ToListAsync();
        var inputs = await db.InputValues.OrderBy(v => v.Id).Select(v => v.Id + ":" + v.CriterionCode + "=" + v.Number + "@" + v.Version).ToListAsync();
        var audit = await db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Hash).ToListAsync();
        return string.Join("|", units.Concat(inputs).Concat(audit));
    }
}
