using System.Globalization;
using ChiSo.Data.Audit;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChiSo.Data.Tests.Audit;

public sealed class AuditSearchTests
{
    private sealed record Seen(int UnitId, string UnitCode, int OtherUnitId, Dictionary<string, long> Ids);

    /// <summary>Events about Đà Nẵng's submission, its evidence, its extension and the unit itself, and about another unit.</summary>
    private static async Task<Seen> SeedAsync(ChiSoDbContext db)
    {
        var submission = await Samples.SubmissionAsync(db);
        var other = Samples.Province("49", "Tỉnh Quảng Nam", new DateOnly(1997, 1, 1));
        db.Units.Add(other);
        await db.SaveChangesAsync();
        var otherSubmission = new Submission { CampaignId = submission.CampaignId, UnitId = other.Id };
        db.Submissions.Add(otherSubmission);
        var evidence = new Evidence { SubmissionId = submission.Id, CriterionCode = "1.2", Kind = EvidenceKind.Citation, DocumentNumber = "12/QĐ-UBND", AddedBy = "baocao@danang", AddedAt = Samples.Now };
        db.Evidence.Add(evidence);
        await db.SaveChangesAsync();

        // 14/03/2025 09:26 UTC is 16:26 in Vietnam; each event a day later than the one before.
        var clock = new FakeTimeProvider(new DateTimeOffset(Samples.Now));
        var log = new AuditLog(db, clock);
        var ids = new Dictionary<string, long>();
        async Task Add(string name, AuditEntry entry)
        {
            ids[name] = (await log.AppendAsync(entry)).Id;
            clock.Advance(TimeSpan.FromDays(1));
        }

        string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
        await Add("submitted", new("thutruong@danang", "Submission", Id(submission.Id), "submission.submitted", null, null));
        await Add("evidence", new("baocao@danang", "Evidence", Id(evidence.Id), "evidence.added", null, """{"Id":1,"Criterion":"1.2"}"""));
        await Add("extension", new("tochuc@bo", "DeadlineExtension", $"{submission.CampaignId}/{submission.UnitId}", "grant", null, "{}", "bão lũ"));
        await Add("unit", new("quantri@bo", "Unit", "48", "unit.updated", null, "[]"));
        await Add("other", new("thutruong@quangnam", "Submission", Id(otherSubmission.Id), "submission.submitted", null, null));
        await Add("import", new("baocao@quangnam", "Submission", Id(otherSubmission.Id), "workbook-import", """[{"Criterion":"1.2","Input":"a","Value":null}]""", """[{"Criterion":"1.2","Input":"a","Value":"3"}]"""));
        await Add("look-alike", new("baocao@quangnam", "Submission", Id(otherSubmission.Id), "workbook-import", null, """[{"Criterion":"1x2","Input":"a"}]"""));
        return new Seen(submission.UnitId, "48", other.Id, ids);
    }

    private static async Task<string[]> NamesAsync(ChiSoDbContext db, Seen seen, AuditFilter filter)
    {
        var found = await AuditSearch.Apply(db, filter).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        return [.. found.Select(id => seen.Ids.Single(p => p.Value == id).Key)];
    }

    [Theory, AllDatabases]
    public async Task Apply_EachFilter_FindsTheEventsItsRuleSays(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var seen = await SeedAsync(db);

        Assert.Equal(["submitted", "evidence", "extension", "unit"], await NamesAsync(db, seen, new AuditFilter([seen.UnitId], seen.UnitCode)));
        Assert.Equal(["other", "import", "look-alike"], await NamesAsync(db, seen, new AuditFilter([seen.OtherUnitId], "49")));
        Assert.Equal(["evidence", "import"], await NamesAsync(db, seen, new AuditFilter(Criterion: "1.2")));
        Assert.Equal(["evidence"], await NamesAsync(db, seen, new AuditFilter([seen.UnitId], seen.UnitCode, Criterion: "1.2")));
        Assert.Equal(["other", "import", "look-alike"], await NamesAsync(db, seen, new AuditFilter(Person: "QuangNam")));
        Assert.Equal(["submitted", "other"], await NamesAsync(db, seen, new AuditFilter(Action: "submission.submitted")));
        // 15/03 and 16/03 in Vietnam's time: the second and third events.
        Assert.Equal(["evidence", "extension"], await NamesAsync(db, seen, new AuditFilter(From: new DateOnly(2025, 3, 15), To: new DateOnly(2025, 3, 16))));
    }

    [Theory, AllDatabases]
    public async Task Page_NewestFirst_CountsEveryMatch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var seen = await SeedAsync(db);

        var page = await AuditSearch.PageAsync(db, new AuditFilter(), page: 2, pageSize: 3);

        Assert.Equal(7, page.Total);
        Assert.Equal([seen.Ids["unit"], seen.Ids["extension"], seen.Ids["evidence"]], page.Events.Select(e => e.Id));
    }
}
