using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Results;

/// <summary>
/// Issue 14 §2 and §4 on a published commune campaign (<see cref="CommuneCampaign"/>, figures by hand there), read by a
/// visitor without an account: a province-level map of averages with its table, the ranking filtered by province, a
/// commune's profile, and wrong parameters.
/// </summary>
[Collection(CommuneResultsAppGroup.Name)]
public sealed partial class CommuneResultsTests(CommuneResultsApp app)
{
    private string Base => $"/public/campaigns/{app.Campaign.Id}";

    [Fact]
    public async Task Map_CommuneCampaign_TablesEachProvincesMeanPointsAndRankWithoutScript()
    {
        using var browser = new Browser(app.Factory);

        var html = await browser.Client.GetStringAsync(new Uri($"{Base}/map", UriKind.Relative));

        // The framework shows points (2 decimals), as the ranking does: Tây Ninh 35,5 ÷ 3 = 11,83, Hà Nội 23 ÷ 2 = 11,50.
        Assert.Equal(new Dictionary<string, string> { ["value"] = "11,83", ["rank"] = "1/2" }, PublicResults.Row(html, "map-table", "80"));
        Assert.Equal(new Dictionary<string, string> { ["value"] = "11,50", ["rank"] = "2/2" }, PublicResults.Row(html, "map-table", "01"));
        Assert.Equal(["80", "01"], TableCodes().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("<th scope=\"col\" class=\"num\">Điểm trung bình</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Số xã</th>", html, StringComparison.Ordinal);
        // Each row: the province's code, its name linking to its communes, how many communes the mean is of.
        Assert.Matches(ProvinceRow("80", "Tỉnh Tây Ninh", 3), html);
        Assert.Matches(ProvinceRow("01", "Thành phố Hà Nội", 2), html);

        using var data = DataBlock(html);
        var items = data.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal(11.833333, items["80"].GetProperty("value").GetDouble());
        Assert.Equal(11.5, items["01"].GetProperty("value").GetDouble());
        Assert.Equal(1, items["80"].GetProperty("rank").GetInt32());
        Assert.Contains("vn-provinces-34", data.RootElement.GetProperty("geo").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_ByCriterion_AveragesThatCriterionsPoints()
    {
        using var browser = new Browser(app.Factory);

        var html = await browser.Client.GetStringAsync(new Uri($"{Base}/map?node=1.1", UriKind.Relative));

        // 1.1: Hà Nội (9 + 4) ÷ 2 = 6,50; Tây Ninh (7,5 + 2,5 + 5,5) ÷ 3 = 5,17.
        Assert.Equal(new Dictionary<string, string> { ["value"] = "6,50", ["rank"] = "1/2" }, PublicResults.Row(html, "map-table", "01"));
        Assert.Equal(new Dictionary<string, string> { ["value"] = "5,17", ["rank"] = "2/2" }, PublicResults.Row(html, "map-table", "80"));
    }

    [Fact]
    public async Task Map_ProvinceLinks_LeadToTheRankingOfThatProvincesCommunesOnly()
    {
        using var browser = new Browser(app.Factory);
        var html = await browser.Client.GetStringAsync(new Uri($"{Base}/map", UriKind.Relative));
        using var data = DataBlock(html);
        var hrefs = data.RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("href").GetString()!);

        // The page says: click a province to see its communes' ranking. The table's link and the map's click go to the same place.
        Assert.Contains("bấm vào tỉnh để xem bảng xếp hạng các xã", html, StringComparison.Ordinal);
        foreach (var (province, names) in new[]
        {
            ("80", new[] { "Phường Tân Ninh", "Phường Bình Minh", "Xã Tân Biên" }),
            ("01", new[] { "Phường Ba Đình", "Phường Ngọc Hà" }),
        })
        {
            Assert.Equal($"{Base}?province={province}", hrefs[province]);
            Assert.Equal(hrefs[province], WebUtility.HtmlDecode(Regex.Match(html, $"<tr data-unit=\"{province}\">.*?<a href=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value));
            using var response = await browser.Client.GetAsync(new Uri(hrefs[province], UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(names, RankingPageTests.Rows(await response.Content.ReadAsStringAsync()).Select(r => r.Name));
        }
    }

    [Fact]
    public async Task Map_ProvinceWithoutCommunes_IsLeftOutNotZero_AndEveryProvinceIsOnTheLayer()
    {
        using var browser = new Browser(app.Factory);
        var html = await browser.Client.GetStringAsync(new Uri($"{Base}/map", UriKind.Relative));
        using var data = DataBlock(html);
        var items = data.RootElement.GetProperty("items").EnumerateArray().ToList();

        // Đà Nẵng (48) has no commune here: no row and no figure, so the script paints it "no data", never as a 0.
        Assert.DoesNotContain("data-unit=\"48\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(items, i => i.GetProperty("code").GetString() == "48");
        Assert.All(items, i => Assert.True(i.GetProperty("figure").GetDouble() > 0));

        // The script finds a province on the layer by its code: every item must name one.
        using var layer = JsonDocument.Parse(await browser.Client.GetStringAsync(new Uri(data.RootElement.GetProperty("geo").GetString()!, UriKind.Relative)));
        var codes = layer.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("code").GetString()).ToHashSet();
        Assert.Equal(34, codes.Count);
        Assert.All(items, i => Assert.Contains(i.GetProperty("code").GetString(), codes));
    }

    [Fact]
    public async Task Ranking_FilteredByProvince_ListsItsCommunesWithTheCampaignsRanks()
    {
        using var browser = new Browser(app.Factory);

        var html = await browser.PageAsync($"{Base}?province=80");

        // Columns 1.1, 1.2, then the total: points and rank each. Ranks are among the five communes, not within Tây Ninh.
        var rows = RankingPageTests.Rows(html);
        Assert.Equal(["Phường Tân Ninh", "Phường Bình Minh", "Xã Tân Biên"], rows.Select(r => r.Name));
        Assert.Equal(["17,50", "12,50", "5,50"], rows.Select(r => r.Cells[4]));
        Assert.Equal(["2", "3", "4"], rows.Select(r => r.Cells[5]));
        Assert.Equal(["7,50", "2,50", "5,50"], rows.Select(r => r.Cells[0]));
        Assert.Contains("3 trên 5 đơn vị khớp bộ lọc; hiển thị 1–3.", html, StringComparison.Ordinal);
        // The filter offers the campaign's provinces, the chosen one selected, and no province without communes.
        Assert.Contains("<option value=\"80\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"01\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"48\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranking_FilteredByRegion_PlacesACommuneInItsProvincesRegion()
    {
        using var browser = new Browser(app.Factory);

        var html = await browser.PageAsync($"{Base}?region=dbscl");

        // Tây Ninh (80) is in the Mekong River Delta among the 34 provinces; Hà Nội in the Red River Delta.
        Assert.Equal(["Phường Tân Ninh", "Phường Bình Minh", "Xã Tân Biên"], RankingPageTests.Rows(html).Select(r => r.Name));
        Assert.Equal(["Phường Ba Đình", "Phường Ngọc Hà"], RankingPageTests.Rows(await browser.PageAsync($"{Base}?region=dbsh")).Select(r => r.Name));
    }

    [Fact]
    public async Task Ranking_Unfiltered_ListsEveryCommuneBestFirst()
    {
        using var browser = new Browser(app.Factory);

        var rows = RankingPageTests.Rows(await browser.PageAsync(Base));

        Assert.Equal(["Phường Ba Đình", "Phường Tân Ninh", "Phường Bình Minh", "Xã Tân Biên", "Phường Ngọc Hà"], rows.Select(r => r.Name));
        Assert.Equal(["19,00", "17,50", "12,50", "5,50", "4,00"], rows.Select(r => r.Cells[4]));
        Assert.Equal(["1", "2", "3", "4", "5"], rows.Select(r => r.Cells[5]));
    }

    [Fact]
    public async Task Profile_Commune_ShowsItsPointsAndCampaignRank()
    {
        using var browser = new Browser(app.Factory);

        using var response = await browser.Client.GetAsync(new Uri($"{Base}/units/25459", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Phường Tân Ninh</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"profile-total\">17,5/20</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"profile-rank\">2/5</dd>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("48")]
    [InlineData("25459")]
    [InlineData("80' OR '1'='1")]
    [InlineData("LONG")]
    public async Task Ranking_ProvinceNotInTheCampaign_IsRefusedInVietnamese(string province)
    {
        province = province == "LONG" ? new string('8', 200) : province;
        using var browser = new Browser(app.Factory);

        using var page = await browser.Client.GetAsync(new Uri($"{Base}?province={Uri.EscapeDataString(province)}", UriKind.Relative));
        using var csv = await browser.Client.GetAsync(new Uri($"{Base}/ranking.csv?province={Uri.EscapeDataString(province)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Kỳ đánh giá này không có đơn vị thuộc tỉnh mã", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains("Kỳ đánh giá này không có đơn vị thuộc tỉnh mã", WebUtility.HtmlDecode(await csv.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("80")]
    [InlineData("LONG")]
    public async Task Profile_NotACommuneOfTheCampaign_IsNotFoundInVietnamese(string code)
    {
        code = code == "LONG" ? new string('2', 200) : code;
        using var browser = new Browser(app.Factory);

        using var response = await browser.Client.GetAsync(new Uri($"{Base}/units/{code}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Không tìm thấy", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static Regex ProvinceRow(string code, string name, int communes) => new(
        $"<tr data-unit=\"{code}\">\\s*<td class=\"code\">{code}</td>\\s*<th scope=\"row\"><a href=\"[^\"]+\">{name}</a></th>\\s*<td class=\"num\">{communes}</td>");

    private static JsonDocument DataBlock(string html) =>
        JsonDocument.Parse(WebUtility.HtmlDecode(MapData().Match(html).Groups[1].Value));

    [GeneratedRegex("<script type=\"application/json\" id=\"map-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex MapData();

    [GeneratedRegex("<tr data-unit=\"([^\"]+)\">")]
    private static partial Regex TableCodes();
}
