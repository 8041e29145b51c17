using ChiSo.Data;
using ChiSo.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Cli.Tests;

/// <summary><c>chiso audit verify</c> (issue 13 §3): names the first broken event, exit code 1 when anything was altered.</summary>
public sealed class AuditCommandTests
{
    private static async Task<(DatabaseOptions Options, List<AuditEvent> Events)> ChainAsync(TempFolder folder)
    {
        var options = new DatabaseOptions { ConnectionString = $"Data Source={folder.File("chiso.db")}" };
        await ChiSoDatabase.MigrateAsync(options);
        await using var db = ChiSoDatabase.CreateContext(options);
        var log = new AuditLog(db, TimeProvider.System);
        List<AuditEvent> events =
        [
            await log.AppendAsync(new AuditEntry("tochuc@bo", "Campaign", "1", "rename", "DTI", "DTI 2024")),
            await log.AppendAsync(new AuditEntry("baocao@danang", "Evidence", "7", "evidence.added", null, """{"Criterion":"1.1"}""")),
            await log.AppendAsync(new AuditEntry("thutruong@danang", "Submission", "3", "submission.submitted", """{"status":"Draft"}""", """{"status":"Submitted"}""")),
        ];
        return (options, events);
    }

    [Fact]
    public async Task Verify_UntouchedLog_ExitsZeroAndSaysSo()
    {
        using var folder = new TempFolder();
        await ChainAsync(folder);

        var run = CliRunner.Run("audit", "verify", "--database", folder.File("chiso.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("✓ Nhật ký nguyên vẹn: 3 sự kiện", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowEditedWithSql_ExitsOneNamingTheEventWhenWhoAndWhat()
    {
        using var folder = new TempFolder();
        var (options, events) = await ChainAsync(folder);
        await using (var db = ChiSoDatabase.CreateContext(options))
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEvents" SET "Actor" = {"ai-do"} WHERE "Id" = {events[1].Id}""");
        }

        var vi = CliRunner.Run("audit", "verify", "--database", folder.File("chiso.db"));
        var en = CliRunner.Run("audit", "verify", "--database", folder.File("chiso.db"), "--lang", "en");

        Assert.Equal(1, vi.ExitCode);
        var at = VietnamTime.FromUtc(events[1].At).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"✗ Sự kiện {events[1].Id} · {at} · ai-do · evidence.added (Thêm minh chứng): Nội dung sự kiện {events[1].Id} đã bị sửa sau khi ghi.", vi.Out, StringComparison.Ordinal);
        Assert.Contains("Nhật ký KHÔNG nguyên vẹn", vi.Out, StringComparison.Ordinal);
        Assert.Equal(1, en.ExitCode);
        Assert.Contains($"Event {events[1].Id} · {at} · ai-do · evidence.added (Added evidence): The content of event {events[1].Id} was changed", en.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowDeletedWithSql_ExitsOneNamingTheEventAfterTheGap()
    {
        using var folder = new TempFolder();
        var (options, events) = await ChainAsync(folder);
        await using (var db = ChiSoDatabase.CreateContext(options))
        {
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEvents" WHERE "Id" = {events[1].Id}""");
        }

        var run = CliRunner.Run("audit", "verify", "--database", folder.File("chiso.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"✗ Sự kiện {events[2].Id} ", run.Out, StringComparison.Ordinal);
        Assert.Contains("thutruong@danang · submission.submitted", run.Out, StringComparison.Ordinal);
        Assert.Contains("đã bị xoá hoặc chèn thêm", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NoSuchDatabaseFile_SaysSoAndCreatesNothing()
    {
        using var folder = new TempFolder();
        var missing = folder.File("khong-co.db");

        var run = CliRunner.Run("audit", "verify", "--database", missing);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Không có cơ sở dữ liệu", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
