using System.Diagnostics;
using ChiSo.Data.Tests.Support;
using ChiSo.Data.Units;
using Xunit.Abstractions;

namespace ChiSo.Data.Tests.Units;

public sealed class UnitSearchTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("Thành phố Huế", "thanh pho hue")]
    [InlineData("  Tỉnh   QUẢNG Trị ", "tinh quang tri")]
    [InlineData("Đắk Lắk", "dak lak")]
    [InlineData("Phường Thuận Hóa", "phuong thuan hoa")]
    public void Fold_VietnameseName_LowerCaseWithoutDiacritics(string name, string folded) => Assert.Equal(folded, UnitSearch.Fold(name));

    [Theory, AllDatabases]
    public async Task Search_WithoutDiacriticsOrCase_FindsTheUnit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await UnitFixture.SeedAsync(db);

        Assert.Equal(["Tỉnh Quảng Trị"], await Names(db, new UnitQuery("quang tri", null, null, Today)));
        Assert.Equal(["Thành phố Huế"], await Names(db, new UnitQuery("HUE", null, null, Today)));
        Assert.Equal(["Phường Thuận Hóa"], await Names(db, new UnitQuery("thuan hoa", null, null, Today)));
        Assert.Equal(["Phường Thuận Hóa"], await Names(db, new UnitQuery("1975", null, null, Today)));
        Assert.Empty(await Names(db, new UnitQuery("quang binh", null, null, Today)));
        Assert.Equal(["Tỉnh Quảng Bình"], await Names(db, new UnitQuery("quảng bình", null, null, null)));
    }

    [Theory, AllDatabases]
    public async Task Search_LevelProvinceAndPages_FilterAndCount(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (hue, _) = await UnitFixture.SeedAsync(db);

        var provinces = await UnitSearch.SearchAsync(db, new UnitQuery(null, UnitLevel.Province, null, Today, Page: 2, PageSize: 1));
        var underHue = await UnitSearch.SearchAsync(db, new UnitQuery(null, null, hue, Today));
        var quangByText = await UnitSearch.SearchAsync(db, new UnitQuery("quang", UnitLevel.Province, null, null, Page: 2, PageSize: 1));

        Assert.Equal(2, provinces.Total);
        Assert.Equal("46", Assert.Single(provinces.Items).Code);
        Assert.Equal("Phường Thuận Hóa", Assert.Single(underHue.Items).Name);
        Assert.Equal("Thành phố Huế", underHue.Items[0].ParentName);
        Assert.Equal(2, quangByText.Total);
        Assert.Equal("45", Assert.Single(quangByText.Items).Code);
    }

    /// <summary>The whole shipped registry: correctness asserted, the time only written to the output (benchmarks assert times).</summary>
    [Theory, AllDatabases]
    public async Task Search_ShippedRegistry_FindsHueAndQuangTriAmongEveryVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var import = database.NewContext())
        {
            await UnitImports.ImportShippedAsync(import);
        }

        await using var db = database.NewContext();
        await UnitSearch.SearchAsync(db, new UnitQuery("warm", null, null, null));
        var watch = Stopwatch.StartNew();
        var everyPeriod = await UnitSearch.SearchAsync(db, new UnitQuery("hue", null, null, null));
        var all = watch.Elapsed;
        watch.Restart();
        var quangTri = await UnitSearch.SearchAsync(db, new UnitQuery("quang tri", UnitLevel.Province, null, UnitFixture.Merger));
        var current = watch.Elapsed;
        output.WriteLine($"{provider}: 'hue' over every version {all.TotalMilliseconds:F0} ms; 'quang tri' provinces on 01/07/2025 {current.TotalMilliseconds:F0} ms");

        // Huế before and after 1/7/2025: two versions of one province.
        Assert.Equal(2, everyPeriod.Items.Count(u => u.Level == UnitLevel.Province && u.Name == "Thành phố Huế"));
        Assert.Equal("Tỉnh Quảng Trị", Assert.Single(quangTri.Items).Name);
    }

    private static async Task<List<string>> Names(ChiSoDbContext db, UnitQuery query) =>
        [.. (await UnitSearch.SearchAsync(db, query)).Items.Select(u => u.Name)];
}
