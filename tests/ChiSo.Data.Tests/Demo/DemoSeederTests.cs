using ChiSo.Files.Units;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Demo;
using ChiSo.Data.Tests.Results;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Demo;

[Collection(SeededDemo.Collection)]
public class DemoSeederTests(SeededDemo demo)
{
    private static readonly FakeClock Clock = new(Samples.Now);

    /// <summary>The frameworks shipped in the repository's frameworks/ folder, copied beside the tests.</summary>
    internal static List<(string FileName, string Yaml)> Frameworks() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "frameworks"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_Twice_AddsNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            var first = await new DemoSeeder(db, Clock, TestPlans.Shared).SeedAsync(Frameworks(), ShippedRegistry.Load);
            Assert.False(first.AlreadySeeded);
        }

        await using var again = database.NewContext();
        var counts = (await again.Campaigns.CountAsync(), await again.InputValues.CountAsync(), await again.Units.CountAsync(), await again.FrameworkEditions.CountAsync());

        var second = await new DemoSeeder(again, Clock, TestPlans.Shared).SeedAsync(Frameworks(), ShippedRegistry.Load);

        Assert.True(second.AlreadySeeded);
        Assert.Equal(DemoCampaignSpec.All.Count, second.Campaigns);
        Assert.Equal(counts, (await again.Campaigns.CountAsync(), await again.InputValues.CountAsync(), await again.Units.CountAsync(), await again.FrameworkEditions.CountAsync()));
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_FrameworkWithGroups_RegistersTheGroupsWithTheirUnits(DatabaseProvider provider)
    {
        await using var db = (await demo.ForAsync(provider)).NewContext();

        // The department framework declares two groups; of the 14 demo departments, the 11 "Sở …" give public services.
        var groups = await db.UnitGroups.AsNoTracking().OrderBy(g => g.Code)
            .Select(g => new { g.Code, g.Ranked, Members = db.UnitGroupMembers.Count(m => m.GroupId == g.Id) }).ToListAsync();
        Assert.Equal(
            [("co_dich_vu_cong", true, 11), ("khong_dich_vu_cong", false, 3)],
            groups.Select(g => (g.Code, g.Ranked, g.Members)));
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_EmptyDatabase_CreatesLabelledCampaignsOverTheRightUnits(DatabaseProvider provider)
    {
        await using var db = (await demo.ForAsync(provider)).NewContext();

        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Name, c.IsDemo, c.Status, Units = db.CampaignUnits.Count(u => u.CampaignId == c.Id) })
            .ToListAsync();
        Assert.All(campaigns, c => Assert.True(c.IsDemo && c.Name.StartsWith("[DEMO]", StringComparison.Ordinal)));
        Assert.Equal(63, campaigns.Single(c => c.Name == "[DEMO] DTI cấp tỉnh 2023").Units);
        Assert.Equal(34, campaigns.Single(c => c.Name == "[DEMO] DTI cấp tỉnh 2024").Units);
        Assert.Equal(63, campaigns.Single(c => c.Name == "[DEMO] DII 2023").Units);
        Assert.Equal(14, campaigns.Single(c => c.Name.Contains("sở, ban, ngành", StringComparison.Ordinal)).Units);
        Assert.Equal(
            [CampaignStatus.Published, CampaignStatus.Review, CampaignStatus.Review, CampaignStatus.Open, CampaignStatus.Draft, CampaignStatus.Published, CampaignStatus.Published],
            campaigns.Select(c => c.Status));
        Assert.True(await db.Objections.AnyAsync());
        Assert.True(await db.DeadlineExtensions.AnyAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_Dti2023_FinalRoundAveragesNearThePublishedProvincialAverage(DatabaseProvider provider)
    {
        await using var db = (await demo.ForAsync(provider)).NewContext();
        var campaign = await db.Campaigns.SingleAsync(c => c.Name == "[DEMO] DTI cấp tỉnh 2023");
        var snapshot = await db.ResultSnapshots.Where(s => s.CampaignId == campaign.Id && s.Published).OrderByDescending(s => s.Id).FirstAsync();

        var stored = await new ChiSo.Data.Results.CampaignScoring(db, Clock, TestPlans.Shared).ReadAsync(snapshot.Id);

        // 2023 provincial average DTI 0.6783 (dti_aggregates.csv, baodanang.vn 02/2025); the demo aims within 0.01.
        var mean = Enumerable.Range(0, stored!.UnitCodes.Length).Average(u => stored.Value(0, u));
        Assert.InRange(mean, 0.6683, 0.6883);
        Assert.True(snapshot.Published);
    }
}
