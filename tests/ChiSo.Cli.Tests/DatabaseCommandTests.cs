using ChiSo.Cli.Commands;
using ChiSo.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Cli.Tests;

// The backup engine runs on both providers in ChiSo.Data.Tests; these tests cover the verbs' wiring on SQLite.
public sealed class DatabaseCommandTests
{
    [Fact]
    public async Task BackupThenRestore_AfterAChange_BringsBackTheBackedUpData()
    {
        using var folder = new TempFolder();
        var database = folder.File("chiso.db");
        Assert.Equal(0, CliRunner.Run("database", "migrate", "--database", database).ExitCode);
        await AddUnitAsync(database, "48");

        var backup = CliRunner.Run("database", "backup", folder.File("chiso.backup"), "--database", database);
        await AddUnitAsync(database, "49");
        var restore = CliRunner.Run("--lang", "en", "database", "restore", folder.File("chiso.backup"), "--database", database);

        Assert.Equal((0, 0), (backup.ExitCode, restore.ExitCode));
        Assert.Contains("Restored", restore.Out, StringComparison.Ordinal);
        Assert.Equal(["48"], await CodesAsync(database));
    }

    [Fact]
    public async Task Restore_IntoANewFile_EveryDatabaseVerbWorksOnIt()
    {
        using var folder = new TempFolder();
        var database = folder.File("chiso.db");
        Assert.Equal(0, CliRunner.Run("database", "migrate", "--database", database).ExitCode);
        await AddUnitAsync(database, "48");
        Assert.Equal(0, CliRunner.Run("database", "backup", folder.File("chiso.backup"), "--database", database).ExitCode);
        var restored = Path.Combine(folder.Path, "khoi-phuc", "chiso.db");

        var restore = CliRunner.Run("database", "restore", folder.File("chiso.backup"), "--database", restored);
        var list = CliRunner.Run("units", "list", "--on", "2025-01-01", "--format", "csv", "--database", restored);
        var migrate = CliRunner.Run("database", "migrate", "--database", restored);
        var import = CliRunner.Run("units", "import", folder.Write("units.csv", "code,name,level,type,parent_code,valid_from,valid_to\nS01,Sở Một,department,sở,,2025-07-01,\n"), "--database", restored);
        var backup = CliRunner.Run("database", "backup", folder.File("lan-hai.backup"), "--database", restored);

        Assert.True(restore.ExitCode == 0, restore.Err);
        Assert.True(list.ExitCode == 0, list.Err);
        Assert.Contains("\n48,Tỉnh 48,", list.Out, StringComparison.Ordinal);
        Assert.True(migrate.ExitCode == 0, migrate.Err);
        Assert.True(import.ExitCode == 0, import.Err);
        Assert.True(backup.ExitCode == 0, backup.Err);
        Assert.Equal(["48", "S01"], await CodesAsync(restored));
    }

    [Theory]
    [InlineData("database", "migrate")]
    [InlineData("demo", "seed")]
    [InlineData("units", "import")]
    public void DatabaseThatCannotBeOpened_ExitsThreeWithOneSentenceAndNoStackTrace(string verb, string action)
    {
        // /proc refuses new folders and files, even to root.
        var vi = CliRunner.Run(verb, action, "--database", "/proc/chiso-khong-co/chiso.db");
        var en = CliRunner.Run("--lang", "en", verb, action, "--database", "/proc/chiso-khong-co/chiso.db");

        Assert.Equal((3, 3), (vi.ExitCode, en.ExitCode));
        Assert.Contains("Không mở hoặc ghi được cơ sở dữ liệu hay tệp", vi.Err, StringComparison.Ordinal);
        Assert.Contains("Cannot open or write the database or a file", en.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", vi.Err + en.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_RandomBytes_ExitsOneWithBothLanguagesAndChangesNothing()
    {
        using var folder = new TempFolder();
        var database = folder.File("chiso.db");
        CliRunner.Run("database", "migrate", "--database", database);
        await AddUnitAsync(database, "48");
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(folder.File("junk.backup"), bytes);

        var vi = CliRunner.Run("database", "restore", folder.File("junk.backup"), "--database", database);
        var en = CliRunner.Run("--lang", "en", "database", "restore", folder.File("junk.backup"), "--database", database);

        Assert.Equal((1, 1), (vi.ExitCode, en.ExitCode));
        Assert.Contains("DB004", vi.Err, StringComparison.Ordinal);
        Assert.Contains("không phải bản sao lưu của ChiSo", vi.Err, StringComparison.Ordinal);
        Assert.Contains("not a ChiSo backup", en.Err, StringComparison.Ordinal);
        Assert.Equal(["48"], await CodesAsync(database));
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Username=postgres;Database=chiso", DatabaseProvider.Postgres)]
    [InlineData("data/chiso.db", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=other.db", DatabaseProvider.Sqlite)]
    public void Options_DatabaseArgument_PicksTheProvider(string argument, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseCommand.Options(argument).Provider);

    private static async Task AddUnitAsync(string file, string code)
    {
        await using var db = ChiSoDatabase.CreateContext(DatabaseOptions.FromArgument(file));
        db.Units.Add(new Data.Units.Unit { Code = code, Name = "Tỉnh " + code, Type = "tỉnh", ValidFrom = new DateOnly(2008, 1, 1) });
        await db.SaveChangesAsync();
    }

    private static async Task<List<string>> CodesAsync(string file)
    {
        await using var db = ChiSoDatabase.CreateContext(DatabaseOptions.FromArgument(file));
        var codes = await db.Units.OrderBy(u => u.Code).Select(u => u.Code).ToListAsync();
        SqliteConnection.ClearAllPools();
        return codes;
    }
}
