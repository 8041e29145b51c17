using ChiSo.Data.Audit;
using ChiSo.Data.Results;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Audit;

public sealed class AuditCheckTests
{
    private sealed record Story(List<AuditEvent> Before, ResultSnapshot Snapshot, AuditEvent Recorded, List<AuditEvent> After);

    /// <summary>Three events, a published snapshot holding the chain's head and its own event, then two more events.</summary>
    private static async Task<Story> PlayAsync(ChiSoDbContext db)
    {
        var submission = await Samples.SubmissionAsync(db);
        var log = new AuditLog(db, TimeProvider.System);
        List<AuditEvent> before =
        [
            await log.AppendAsync(new AuditEntry("baocao@danang", "Submission", "1", "submission.submitted", """{"status":"Draft"}""", """{"status":"Submitted"}""")),
            await log.AppendAsync(new AuditEntry("thamdinh@bo", "CriterionScore", "3", "points.reviewed", null, """{"ReviewerPoints":8}""", "thiếu minh chứng")),
            await log.AppendAsync(new AuditEntry("tochuc@bo", "Campaign", "1", "status", "Open", "Closed")),
        ];
        byte[] payload = [1, 2, 3, 4];
        var snapshot = new ResultSnapshot
        {
            CampaignId = submission.CampaignId, Round = 2, FrameworkHash = "f", InputsHash = "i", EngineVersion = "1.0",
            CreatedAt = Samples.Now, CreatedBy = "lanhdao@bo", Published = true, Payload = payload, PayloadHash = ResultSnapshot.HashOf(payload),
            AuditHead = before[^1].Hash,
        };
        db.ResultSnapshots.Add(snapshot);
        await db.SaveChangesAsync();
        var recorded = await log.AppendAsync(SnapshotAudit.Created(snapshot, "lanhdao@bo"));
        List<AuditEvent> after =
        [
            await log.AppendAsync(new AuditEntry("tochuc@bo", "Campaign", "1", "rename", "DTI 2024", "DTI 2024 (chính thức)")),
            await log.AppendAsync(new AuditEntry("quantri@bo", "User", "u1", "deactivate", null, """{"Email":"a@b"}""")),
        ];
        return new Story(before, snapshot, recorded, after);
    }

    [Theory, AllDatabases]
    public async Task Run_UntouchedChainAndSnapshot_IsIntact(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await PlayAsync(db);

        var report = await AuditCheck.RunAsync(database.NewContext());

        Assert.True(report.IsIntact, string.Join("\n", report.Findings.Select(f => f.Problem.En)));
        Assert.Equal(6, report.EventsChecked);
        Assert.Equal(1, report.SnapshotsChecked);
    }

    [Theory, AllDatabases]
    public async Task Run_EventEditedWithSql_NamesThatEventItsActorAndAction(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var story = await PlayAsync(db);

        var id = story.Before[1].Id;
        var forged = """{"ReviewerPoints":10}""";
        await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEvents" SET "After" = {forged} WHERE "Id" = {id}""");
        var report = await AuditCheck.RunAsync(database.NewContext());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(id, finding.EventId);
        Assert.Equal("thamdinh@bo", finding.Actor);
        Assert.Equal("points.reviewed", finding.Action);
        Assert.Equal(story.Before[1].At, finding.At);
        Assert.Contains("đã bị sửa", finding.Problem.Vi, StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task Run_EventDeletedWithSql_NamesTheEventAfterTheGap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var story = await PlayAsync(db);

        await db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEvents" WHERE "Id" = {story.After[0].Id}""");
        var report = await AuditCheck.RunAsync(database.NewContext());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(story.After[1].Id, finding.EventId);
        Assert.Contains("deleted or inserted", finding.Problem.En, StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task Run_PayloadAndHashBothRewritten_FailsAgainstTheSnapshotsEvent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var story = await PlayAsync(db);

        byte[] forged = [9, 9, 9, 9];
        var forgedHash = ResultSnapshot.HashOf(forged);
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE "ResultSnapshots" SET "Payload" = {forged}, "PayloadHash" = {forgedHash} WHERE "Id" = {story.Snapshot.Id}""");
        var report = await AuditCheck.RunAsync(database.NewContext());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(story.Snapshot.Id, finding.SnapshotId);
        Assert.Equal(story.Recorded.Id, finding.EventId);
        Assert.Contains("rewritten", finding.Problem.En, StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task Run_PayloadAloneRewritten_FailsAgainstItsOwnHash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var story = await PlayAsync(db);

        byte[] forged = [9, 9, 9, 9];
        await db.Database.ExecuteSqlAsync($"""UPDATE "ResultSnapshots" SET "Payload" = {forged} WHERE "Id" = {story.Snapshot.Id}""");
        var report = await AuditCheck.RunAsync(database.NewContext());

        Assert.Contains(report.Findings, f => f.SnapshotId == story.Snapshot.Id && f.EventId is null
            && f.Problem.En.Contains("no longer matches the hash stored with it", StringComparison.Ordinal));
        Assert.False(report.IsIntact);
    }

    [Theory, AllDatabases]
    public async Task Run_EventsAfterTheSnapshotsHeadDeleted_Fails(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var story = await PlayAsync(db);

        // Cutting the chain's tail leaves every remaining link sound: only the snapshot can tell.
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEvents" WHERE "Id" > {story.Before[^1].Id}""");
        var report = await AuditCheck.RunAsync(database.NewContext());

        Assert.True((await AuditLog.VerifyAsync(database.NewContext())).IsIntact);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(story.Snapshot.Id, finding.SnapshotId);
        Assert.Contains(SnapshotAudit.Action, finding.Problem.Vi, StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task Run_EventsFromTheSnapshotsHeadOnDeleted_SaysTheHeadIsGone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var story = await PlayAsync(db);

        await db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEvents" WHERE "Id" >= {story.Before[^1].Id}""");
        var report = await AuditCheck.RunAsync(database.NewContext());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(story.Snapshot.Id, finding.SnapshotId);
        Assert.Contains("no longer in the chain", finding.Problem.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CreatedEntry_GivesBackTheSnapshotAndItsHash()
    {
        var snapshot = new ResultSnapshot
        {
            Id = 12, FrameworkHash = "f", InputsHash = "i", EngineVersion = "1", CreatedBy = "a", Payload = [1], PayloadHash = "abc",
        };
        var entry = SnapshotAudit.Created(snapshot, "a");
        var audit = new AuditEvent
        {
            Actor = entry.Actor, EntityType = "Campaign", EntityId = "4", Action = entry.Action, After = entry.After, PreviousHash = "", Hash = "",
        };

        Assert.Equal(((int?)12, (string?)"abc"), SnapshotAudit.Read(audit));
        audit.EntityType = SnapshotAudit.EntityType;
        audit.After = "không phải JSON";
        Assert.Equal(((int?)4, (string?)null), SnapshotAudit.Read(audit));
    }
}
