using ChiSo.Data.Audit;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Audit;

public sealed class AuditLogTests
{
    private static async Task<List<AuditEvent>> AppendThreeAsync(ChiSoDbContext db)
    {
        var log = new AuditLog(db, TimeProvider.System);
        return
        [
            await log.AppendAsync(new AuditEntry("reporter", "InputValue", "7", "update", """{"Number":40}""", """{"Number":45}""", "sửa lỗi nhập")),
            await log.AppendAsync(new AuditEntry("reviewer", "CriterionScore", "3", "review", null, """{"ReviewerPoints":8}""")),
            await log.AppendAsync(new AuditEntry("organiser", "Submission", "1", "publish", """{"Status":"Submitted"}""", """{"Status":"Round1Published"}""")),
        ];
    }

    [Theory, AllDatabases]
    public async Task Verify_UntouchedChain_IsIntactAndLinked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var events = await AppendThreeAsync(db);

        await using var fresh = database.NewContext();
        var result = await AuditLog.VerifyAsync(fresh);

        Assert.True(result.IsIntact, result.ProblemEn);
        Assert.Equal(3, result.Checked);
        Assert.Equal(AuditLog.Genesis, events[0].PreviousHash);
        Assert.Equal(events[0].Hash, events[1].PreviousHash);
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
    }

    [Theory, AllDatabases]
    public async Task Verify_OneRowsAfterEditedInTheDatabase_ReportsThatRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var events = await AppendThreeAsync(db);

        await db.AuditEvents.Where(e => e.Id == events[1].Id)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.After, """{"ReviewerPoints":10}"""));
        var result = await AuditLog.VerifyAsync(database.NewContext());

        Assert.False(result.IsIntact);
        Assert.Equal(events[1].Id, result.FirstBrokenId);
        Assert.Contains("changed", result.ProblemEn, StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task Verify_MiddleRowDeleted_ReportsTheNextRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var events = await AppendThreeAsync(db);

        await db.AuditEvents.Where(e => e.Id == events[1].Id).ExecuteDeleteAsync();
        var result = await AuditLog.VerifyAsync(database.NewContext());

        Assert.Equal(events[2].Id, result.FirstBrokenId);
    }

    [Theory, AllDatabases]
    public async Task Append_WithPendingChange_SavesBothInOneTransaction(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        db.Units.Add(Samples.Province("49", "Tỉnh Quảng Nam", new DateOnly(1997, 1, 1)));

        var audit = await new AuditLog(db, TimeProvider.System).AppendAsync(new AuditEntry("admin", "Unit", "49", "create", null, "{}"));

        await using var check = database.NewContext();
        Assert.Equal(1, await check.Units.CountAsync());
        Assert.Equal(audit.Hash, (await check.AuditEvents.SingleAsync()).Hash);
    }
}
