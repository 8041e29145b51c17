using System.Diagnostics;
using ChiSo.Data;
using Microsoft.Data.Sqlite;

namespace ChiSo.Cli.Tests;

public sealed class UnitsCommandTests
{
    [Fact]
    public void List_Csv_HeaderThenOneProvinceALine63Before34After()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");
        Assert.Equal(0, CliRunner.Run("units", "import", "--database", db).ExitCode);

        var before = CliRunner.Run("units", "list", "--level", "province", "--on", "2025-06-30", "--format", "csv", "--database", db);
        var after = CliRunner.Run("units", "list", "--level", "province", "--on", "2025-07-01", "--format", "csv", "--database", db);

        Assert.Equal(0, before.ExitCode);
        var lines = before.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("code,name,level,type,parent_code,valid_from,valid_to,population,area_km2", lines[0]);
        Assert.Equal(1 + 63, lines.Length);
        Assert.Contains("49,Tỉnh Quảng Nam,province,tỉnh,,2008-08-01,2025-06-30,,", lines);
        var afterLines = after.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(1 + 34, afterLines.Length);
        // admin_provinces_34_post_2025.csv: Đà Nẵng, 3,065,628 people, 11,859.59 km².
        Assert.Contains("48,Thành phố Đà Nẵng,province,thành phố,,2025-07-01,,3065628,11859.59", afterLines);
    }

    [Fact]
    public void Import_BadFile_ListsEveryRowAndExitsOne()
    {
        using var folder = new TempFolder();
        var file = folder.Write("units.csv", "code,name,level,type,parent_code,valid_from,valid_to\nA,Sở A,department,sở,ZZ,2025-07-01,\nA,Sở A,department,sở,,2025-07-01,\n");

        var run = CliRunner.Run("units", "import", file, "--database", folder.File("chiso.db"), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("units.csv:2: error UN009", run.Err, StringComparison.Ordinal);
        Assert.Contains("units.csv:3: error UN007", run.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void List_BadDate_IsAUsageError()
    {
        using var folder = new TempFolder();

        var run = CliRunner.Run("units", "list", "--on", "30/06/2025", "--database", folder.File("chiso.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("yyyy-MM-dd", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_KilledMidway_LeavesTheDatabaseEmptyOrComplete()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");
        var options = DatabaseOptions.FromArgument(db);
        await ChiSoDatabase.MigrateAsync(options);
        SqliteConnection.ClearAllPools();
        var chiso = Path.Combine(AppContext.BaseDirectory, "chiso.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { chiso, "units", "import", "--database", db })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        // Starting up (the migration check) writes a few pages to the write-ahead log; the import's transaction
        // writes megabytes, which spill into the log before the commit. Kill once the log has grown past startup.
        var wal = new FileInfo(db + "-wal");
        var waited = Stopwatch.StartNew();
        while (!process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60) && !(wal.Exists && wal.Length > 256 * 1024))
        {
            await Task.Delay(2);
            wal.Refresh();
        }

        var killedWhileRunning = !process.HasExited;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Assert.True(killedWhileRunning, "The import finished before it could be killed.");
        var (units, successions) = Counts(db);
        // Either the state before (nothing) or the whole registry (13,470 units, 10,667 successions), never a part.
        Assert.True((units, successions) is (0, 0) or (13_470, 10_667), $"partial import: {units} units, {successions} successions");
    }

    private static (long Units, long Successions) Counts(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
        using var units = connection.CreateCommand();
        units.CommandText = "SELECT (SELECT COUNT(*) FROM Units), (SELECT COUNT(*) FROM UnitSuccessions)";
        using var reader = units.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
