using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChiSo.Web.Features.Results;
using ChiSo.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Results;

[Collection(SharedApp.Name)]
public sealed partial class MapPageTests(WebAppFactory factory)
{
    [Fact]
    public async Task Map_DataBlock_HoldsEveryUnitsValueAndThe63ProvinceLayerFor2023()
    {
        var results = await PublicResults.PublishedAsync(factory);
        using var browser = new Browser(factory);
        var html = await browser.Client.GetStringAsync(new Uri($"/public/campaigns/{results.Campaign.Id}/map", UriKind.Relative));

        using var data = JsonDocument.Parse(WebUtility.HtmlDecode(DataBlock().Match(html).Groups[1].Value));
        var items = data.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal(results.Units.Count, items.Count);
        foreach (var unit in results.Units)
        {
            Assert.Equal(Math.Round(results.Stored.Value(0, unit.Index), 6), items[unit.Code].GetProperty("value").GetDouble());
            Assert.Equal(results.Stored.Rank(0, unit.Index), items[unit.Code].GetProperty("rank").GetInt32());
            Assert.Equal($"/public/campaigns/{results.Campaign.Id}/units/{unit.Code}", items[unit.Code].GetProperty("href").GetString());
        }

        Assert.Contains("vn-provinces-63", data.RootElement.GetProperty("geo").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, data.RootElement.GetProperty("classes").GetArrayLength());
        Assert.Contains(data.RootElement.GetProperty("islands").EnumerateArray(), i => i.GetProperty("name").GetString() == "Quần đảo Hoàng Sa (Việt Nam)");
        Assert.Contains(data.RootElement.GetProperty("islands").EnumerateArray(), i => i.GetProperty("name").GetString() == "Quần đảo Trường Sa (Việt Nam)");
        // Without the script, the table holds the same figures.
        Assert.Equal(ChiSo.Engine.PeopleFormat.Number(results.Stored.Value(0, results.Unit("45")!.Index), results.Definition.Display.Decimals, ChiSo.Engine.Language.Vi),
            PublicResults.Row(html, "map-table", "45")["value"]);
    }

    [Fact]
    public async Task Map_ByNodeAndRank_ColoursByThatNodesRank()
    {
        var results = await PublicResults.PublishedAsync(factory);
        var node = results.Columns.First(c => c.Depth == 2);
        using var browser = new Browser(factory);
        var html = await browser.Client.GetStringAsync(new Uri($"/public/campaigns/{results.Campaign.Id}/map?node={node.Code}&measure=rank", UriKind.Relative));

        using var data = JsonDocument.Parse(WebUtility.HtmlDecode(DataBlock().Match(html).Groups[1].Value));
        Assert.Equal("rank", data.RootElement.GetProperty("measure").GetString());
        var unit = results.Unit("45")!;
        var item = data.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "45");
        Assert.Equal(results.Stored.Rank(node.Index, unit.Index), item.GetProperty("figure").GetDouble());
    }

    [Fact]
    public async Task Layer_UnitsAfterTheMerger_Are34Provinces()
    {
        var published = await PublicResults.PublishedAsync(factory);
        var after = await PublicResults.UnpublishedIdAsync(factory);
        using var scope = factory.Services.CreateScope();
        var geography = scope.ServiceProvider.GetRequiredService<MapGeography>();

        Assert.Equal(MapGeography.Before, await geography.LayerAsync(published.Campaign.Id));
        Assert.Equal(MapGeography.After, await geography.LayerAsync(after));
    }

    [Theory]
    [InlineData("geo/vn-provinces-34.geojson")]
    [InlineData("geo/vn-provinces-63.geojson")]
    [InlineData("lib/echarts/echarts.min.js")]
    [InlineData("lib/echarts/LICENSE")]
    [InlineData("js/results-map.js")]
    public async Task Assets_AreServedByTheApp(string path)
    {
        using var browser = new Browser(factory);

        Assert.Equal(HttpStatusCode.OK, await PublicResults.StatusAsync(browser.Client, "/" + path));
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"map-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
