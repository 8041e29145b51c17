using System.Diagnostics;
using ChiSo.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chiso-demo-").FullName;

    private string DatabaseFile => Path.Combine(_folder, "chiso.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Seed_Twice_SaysTheSecondTimeThatTheDemoIsThere()
    {
        var first = CliRunner.Run("demo", "seed", "--database", DatabaseFile);
        var second = CliRunner.Run("--lang", "en", "demo", "seed", "--database", DatabaseFile);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Đã tạo 7 kỳ đánh giá mẫu [DEMO]", first.Out, StringComparison.Ordinal);
        // Each step is told as it starts: a first seed is not half a minute of silence.
        Assert.Contains("Dữ liệu mẫu: nạp danh mục đơn vị hành chính…", first.Err, StringComparison.Ordinal);
        Assert.Contains("Dữ liệu mẫu: kỳ đánh giá 7/7 — ", first.Err, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already has 7 [DEMO] campaigns", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_ProcessKilledMidway_LeavesNoPartialDemo()
    {
        // The database is migrated first, so the kill lands in the seeding transaction, not in the migration.
        await ChiSoDatabase.MigrateAsync(DatabaseOptions.FromArgument(DatabaseFile));
        var chiso = Path.Combine(AppContext.BaseDirectory, "chiso.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", chiso, "demo", "seed", "--database", DatabaseFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var started = await WaitForWritesAsync();
        var wasRunning = !process.HasExited;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        await using var db = ChiSoDatabase.CreateContext(DatabaseOptions.FromArgument(DatabaseFile));
        var campaigns = await db.Campaigns.CountAsync();
        Assert.True(started, "the seeding process never started writing");
        Assert.True(wasRunning, "the seeding finished before it could be killed");
        Assert.Contains(campaigns, new[] { 0, 5 });
        if (campaigns == 0)
        {
            Assert.Equal(0, await db.InputValues.CountAsync());
            Assert.Equal(0, await db.ResultSnapshots.CountAsync());
            Assert.Equal(0, await db.Units.CountAsync());
        }
    }

    /// <summary>Waits until the seeding transaction spills pages into the write-ahead log.</summary>
    private async Task<bool> WaitForWritesAsync()
    {
        var wal = DatabaseFile + "-wal";
        var initial = Size(wal);
        for (var i = 0; i < 1000; i++)
        {
            await Task.Delay(10);
            if (Size(wal) > initial)
            {
                return true;
            }
        }

        return false;
    }

    private static long Size(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;
}
