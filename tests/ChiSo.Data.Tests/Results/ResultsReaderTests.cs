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
}
