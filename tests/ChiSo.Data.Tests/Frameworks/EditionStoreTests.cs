using ChiSo.Data.Audit;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Tests.Support;
using ChiSo.Files;
using ChiSo.Files.Yaml;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Frameworks;

public sealed class EditionStoreTests
{
    private const string Valid = """
        id: thu
        edition: 2025
        title: Thử
        tree:
          - { code: "1", name: Một, max: 10, inputs: [{ id: a, type: yes_no }], score: "if(a, max, 0)" }
        """;

    private static EditionStore Store(ChiSoDbContext db) => new(db, new AuditLog(db, TimeProvider.System), TestPlans.Shared, TimeProvider.System);

    [Theory, AllDatabases]
    public async Task AddDraft_ThenPublish_StoredAuditedAndPublished_SameEditionTwiceRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var framework = FrameworkSources.FromYaml(Valid, "thu.yaml").Framework!;
        var store = Store(db);

        var added = await store.AddDraftAsync(framework, CanonicalYaml.Write(framework), null, "tochuc@demo.chiso.vn");
        var published = await store.PublishAsync(added.Id!.Value, "tochuc@demo.chiso.vn");
        var twice = await store.AddDraftAsync(framework, CanonicalYaml.Write(framework), null, "tochuc@demo.chiso.vn");
        var again = await store.PublishAsync(added.Id!.Value, "tochuc@demo.chiso.vn");
        await using var check = database.NewContext();
        var stored = await check.FrameworkEditions.SingleAsync();

        Assert.True(published.Done);
        Assert.Equal((EditionStatus.Published, "tochuc@demo.chiso.vn"), (stored.Status, stored.CreatedBy));
        Assert.NotNull(stored.PublishedAt);
        Assert.False(twice.Done);
        Assert.Contains("đã có phiên bản 2025", Assert.Single(twice.Problems).Vi, StringComparison.Ordinal);
        Assert.Contains("đã ban hành", Assert.Single(again.Problems).Vi, StringComparison.Ordinal);
        Assert.Equal(["create", "publish"], await check.AuditEvents.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Theory, AllDatabases]
    public async Task Publish_StoredDraftWithDuplicateCodeOrTypeError_RefusedAndStaysDraft(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var duplicate = Valid.Replace("edition: 2025", "edition: 2026", StringComparison.Ordinal)
            + "\n  - { code: \"1\", name: Trùng, max: 5, inputs: [{ id: b, type: integer }], score: \"b\" }\n";
        var typeError = Valid.Replace("edition: 2025", "edition: 2027", StringComparison.Ordinal).Replace("if(a, max, 0)", "a + max", StringComparison.Ordinal);
        db.FrameworkEditions.AddRange(FrameworkEdition.Draft("thu", 2026, "Thử", duplicate), FrameworkEdition.Draft("thu", 2027, "Thử", typeError));
        await db.SaveChangesAsync();
        var store = Store(db);
        var ids = await db.FrameworkEditions.OrderBy(e => e.Edition).Select(e => e.Id).ToListAsync();

        var first = await store.PublishAsync(ids[0], "tochuc");
        var second = await store.PublishAsync(ids[1], "tochuc");
        await using var check = database.NewContext();

        Assert.False(first.Done);
        Assert.False(second.Done);
        Assert.Contains(first.Problems, p => p.Vi.Contains("\"1\"", StringComparison.Ordinal));
        Assert.NotEmpty(second.Problems);
        Assert.All(await check.FrameworkEditions.ToListAsync(), e => Assert.Equal(EditionStatus.Draft, e.Status));
        Assert.Empty(await check.AuditEvents.ToListAsync());
    }
}
