using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Support;

namespace ChiSo.Data.Tests.Results;

public class ResultsReaderTests
{
    private static readonly FakeClock Clock = new(Samples.Now);

    [Theory]
    [AllDatabases]
    public async Task PublishedAsync_OnlyPublishedSnapshots_WithNamedColumnsAndUnits(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var id = await CampaignScoringTests.MiniCampaignAsync(db);
        var scoring = new CampaignScoring(db, Clock, TestPlans.Shared);
        using var cache = new ResultsCache();
        var reader = new ResultsReader(db, TestPlans.Shared, cache);

        await scoring.ComputeAsync(id, Rounds.First, "tester");
        Assert.Null(await reader.PublishedAsync(id));
        Assert.Empty(await reader.PublishedCampaignsAsync());

        var published = await scoring.ComputeAsync(id, Rounds.First, "tester", published: true);
        var results = await reader.PublishedAsync(id);

        Assert.NotNull(results);
        Assert.Equal(published.Snapshot!.Id, results.SnapshotId);
        Assert.Equal(["mini", "1", "1.1", "1.2"], results.Columns.Select(c => c.Code));
        Assert.Equal("Bộ chỉ số thử", results.Columns[0].Name.Vi);
        Assert.Equal(("Nhận thức số", 1, "mini"), (results.Columns[1].Name.Vi, results.Columns[1].Depth, results.Columns[1].ParentCode));
        Assert.Equal(10.0, results.Column("1.2")!.MaxPoints);
        Assert.Equal(["Thành phố Đà Nẵng", "Tỉnh Quảng Nam", "Tỉnh Quảng Ngãi"], results.Units.Select(u => u.Name));
        // Round 1: Đà Nẵng 18, Quảng Nam 5, Quảng Ngãi 14 (CampaignScoringTests).
        Assert.Equal(14.0, results.Stored.Points(0, results.Unit("51")!.Index));
        Assert.Same(results, await reader.SnapshotAsync(results.SnapshotId));
        var listed = Assert.Single(await reader.PublishedCampaignsAsync());
        Assert.Equal((id, published.Snapshot.Id, 2025), (listed.Id, listed.SnapshotId, listed.Year));
        Assert.Null(await reader.PreviousPublishedAsync(results));
    }

    [Theory]
    [AllDatabases]
    public async Task SnapshotAsync_EditionWithViews_ViewsAfterTheNodesNamedFromTheEdition(DatabaseProvider provider)
    {
        const string views = """

            views:
              - code: KH
                name: Kế hoạch và tập huấn
                name_en: Plans and training
                of: ["1.2", { code: "1.1", weight: 2 }]
            """;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var id = await CampaignScoringTests.MiniCampaignAsync(db, CampaignScoringTests.Yaml + views);
        using var cache = new ResultsCache();
        var reader = new ResultsReader(db, TestPlans.Shared, cache);

        var snapshot = await new CampaignScoring(db, Clock, TestPlans.Shared).ComputeAsync(id, Rounds.First, "tester", published: true);
        var results = await reader.PublishedAsync(id);

        Assert.Equal(2, BitConverter.ToUInt16(snapshot.Snapshot!.Payload, 4));
        Assert.Equal(["mini", "1", "1.1", "1.2", "KH"], results!.Columns.Select(c => c.Code));
        var view = results.Column("KH")!;
        Assert.Equal((true, "Kế hoạch và tập huấn", "Plans and training", 30.0, 1, (string?)null),
            (view.IsView, view.Name.Vi, view.Name.En, view.MaxPoints, view.Depth, view.ParentCode));
        Assert.False(results.Column("1")!.IsView);
        // Round 1: 2 × 1.1 + 1.2 — Đà Nẵng 2 × 8 + 10 = 26, Quảng Nam 2 × 5 + 0 = 10, Quảng Ngãi 2 × 4 + 10 = 18.
        var points = new[] { "48", "49", "51" }.Select(code => results.Stored.Points(view.Index, results.Unit(code)!.Index));
        Assert.Equal([26.0, 10.0, 18.0], points);
        Assert.Equal([1, 3, 2], new[] { "48", "49", "51" }.Select(code => results.Stored.Rank(view.Index, results.Unit(code)!.Index)));
    }
}
