using ChiSo.Data.Demo;
using ChiSo.Data.Results;
using ChiSo.Data.Tests.Support;
using ChiSo.Engine.Lineage;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Demo;

/// <summary>
/// The demo's published DTI campaigns show the published figures (issue 14 §7): the 2022 ranking of the 63 provinces
/// in the published order with the top five's values from their main-index values, the pillars by H1, and the 2024
/// figures of Đà Nẵng and Quảng Nam whose mean is the new Đà Nẵng's 0,7069. Played through the review steps (hence the name).
/// </summary>
[Collection(SeededDemo.Collection)]
public class DemoPublishedFiguresTests(SeededDemo demo)
{
    private static async Task<CampaignResults> PublishedAsync(ChiSoDbContext db, string name)
    {
        var campaign = await db.Campaigns.SingleAsync(c => c.Name == name);
        using var cache = new ResultsCache();
        return (await new ResultsReader(db, TestPlans.Shared, cache).PublishedAsync(campaign.Id))!;
    }

    private static double Shown(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_Dti2022_PublishedRankingIsThePublishedOrder_PlayedThroughTheReviewSteps(DatabaseProvider provider)
    {
        await using var db = (await demo.ForAsync(provider)).NewContext();

        var results = await PublishedAsync(db, DemoCampaignSpec.Dti2022);

        // dti_provincial_2022.csv rank_dti, e.g. Đà Nẵng 1, Hà Nội 24, Trà Vinh 25; Thanh Hóa and Yên Bái share 15.
        Assert.Equal(63, results.Units.Count);
        Assert.Equal(DemoPublishedFigures.Order2022, DemoPublishedFigures.Order2022.Select(o => (o.Code, results.Stored.Rank(0, results.Unit(o.Code)!.Index))));
        Assert.Equal([15, 15, 17], new[] { "38", "15", "93" }.Select(c => results.Stored.Rank(0, results.Unit(c)!.Index)));
        Assert.Equal(["48", "79", "22", "46", "92"], results.Stored.Ranking().Take(5).Select(u => results.Units[u].Code));
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_Dti2022_TopFiveValuesComeFromTheirMainIndexValues_PlayedThroughTheReviewSteps(DatabaseProvider provider)
    {
        await using var db = (await demo.ForAsync(provider)).NewContext();

        var results = await PublishedAsync(db, DemoCampaignSpec.Dti2022);

        string[] top = ["48", "79", "22", "46", "92"];
        Assert.Equal([0.8002, 0.7163, 0.7024, 0.6975, 0.6924], top.Select(c => Shown(results.Stored.Value(0, results.Unit(c)!.Index))));
        // Their main-index values as published (dti.gov.vn/xep-hang-2022), e.g. Đà Nẵng 1,0000 … 0,5197; Hồ Chí Minh City's
        // 8 and 9 within their rounding (0,7611 and 0,3590).
        double[][] published =
        [
            [1.0000, 0.9000, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197],
            [0.8917, 0.9000, 0.8258, 0.6267, 0.5580, 0.8406, 0.7611, 0.3590],
            [0.9581, 0.9000, 0.7648, 0.6250, 0.5382, 0.8385, 0.5904, 0.4505],
            [0.9500, 0.9000, 0.6823, 0.6794, 0.6423, 0.8262, 0.6787, 0.3001],
            [0.9000, 0.8000, 0.7233, 0.7376, 0.7226, 0.7325, 0.7556, 0.2947],
        ];
        string[] mains = ["1", "2", "3", "4", "5", "7", "8", "9"];
        for (var p = 0; p < top.Length; p++)
        {
            var u = results.Unit(top[p])!.Index;
            Assert.Equal(published[p], mains.Select(m => Shown(results.Stored.Value(results.Column(m)!.Index, u))));
        }
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_Dti2022_PillarViewsAreH1ByHand_PlayedThroughTheReviewSteps(DatabaseProvider provider)
    {
        await using var db = (await demo.ForAsync(provider)).NewContext();

        var results = await PublishedAsync(db, DemoCampaignSpec.Dti2022);

        // Đà Nẵng: foundation 100 + 90 + 82,53 + 84,87 + 75,78 = 433,18; CQS (433,18 + 171,5) / 700, KTS (433,18 + 117,54) / 650,
        // XHS (433,18 + 77,955) / 650 — 0,8638 / 0,8473 / 0,7864 (dti_pillar_hypothesis_922.csv).
        var daNang = results.Unit("48")!.Index;
        Assert.Equal(604.68 / 700, results.Stored.Value(results.Column("CQS")!.Index, daNang), 1e-9);
        Assert.Equal(550.72 / 650, results.Stored.Value(results.Column("KTS")!.Index, daNang), 1e-9);
        Assert.Equal(511.135 / 650, results.Stored.Value(results.Column("XHS")!.Index, daNang), 1e-9);
        Assert.Equal((true, "Chính quyền số", 700.0), (results.Column("CQS")!.IsView, results.Column("CQS")!.Name.Vi, results.Column("CQS")!.MaxPoints!.Value));
        // Trà Vinh's published pillars 0,6683 / 0,6647 / 0,5991 and DTI 0,6077 (travinh.gov.vn), from its main indices by H1:
        // (340,8 + 127,02) / 700, (340,8 + 91,26) / 650, (340,8 + 48,63) / 650, 607,71 / 1000.
        var traVinh = results.Unit("84")!.Index;
        Assert.Equal([0.6683, 0.6647, 0.5991, 0.6077], new[] { "CQS", "KTS", "XHS", "dti-tinh" }.Select(c => Shown(results.Stored.Value(results.Column(c)!.Index, traVinh))));
        Assert.Equal(467.82 / 700, results.Stored.Value(results.Column("CQS")!.Index, traVinh), 1e-9);
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_Dti2024Old_DaNangAndQuangNam_MeanIsTheNewDaNangs0Point7069_PlayedThroughTheReviewSteps(DatabaseProvider provider)
    {
        await using var db = (await demo.ForAsync(provider)).NewContext();

        var results = await PublishedAsync(db, DemoCampaignSpec.Dti2024Old);
        var value = (string code) => Shown(results.Stored.Value(0, results.Unit(code)!.Index));
        var rank = (string code) => results.Stored.Rank(0, results.Unit(code)!.Index);

        Assert.Equal((0.8335, 2, 0.5803, 57), (value("48"), rank("48"), value("49"), rank("49")));
        Assert.Equal((0.8241, 4, 0.7951, 5, 1), (value("01"), rank("01"), value("46"), rank("46"), rank("79")));
        // The registry's lineage: the old Đà Nẵng and Quảng Nam are wholly the new Đà Nẵng from 1/7/2025.
        var predecessors = await db.Set<ChiSo.Data.Units.UnitSuccession>().AsNoTracking()
            .Where(s => s.Successor!.Code == "48" && s.EffectiveDate == new DateOnly(2025, 7, 1))
            .Select(s => new { s.Predecessor!.Code, s.Full }).ToListAsync();
        Assert.Equal(["48", "49"], predecessors.Select(p => p.Code).Order(StringComparer.Ordinal));
        var (figure, problems) = BackCaster.Combine(BackCastRule.Mean, "48", "dti-tinh",
            [.. predecessors.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => new Predecessor(p.Code, p.Full))],
            [.. new[] { "48", "49" }.Select(c => results.Stored.Value(0, results.Unit(c)!.Index))]);
        Assert.Empty(problems);
        Assert.Equal(0.7069, Shown(figure.Value));
    }
}
