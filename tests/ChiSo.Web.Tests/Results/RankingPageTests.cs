using System.Net;
using System.Text.RegularExpressions;
using ChiSo.Data.Results;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Results;

/// <summary>The public ranking of the demo's published DTI 2023 (63 provinces), read by a visitor without an account.</summary>
[Collection(SharedApp.Name)]
public sealed partial class RankingPageTests(WebAppFactory factory)
{
    [Fact]
    public async Task Ranking_Anonymous_ShowsTheSnapshotsValuesAndRanksBestFirst()
    {
        var (id, results) = await PublishedAsync();

        var (status, html) = await GetAsync($"/public/campaigns/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = Rows(html);
        Assert.Equal(63, rows.Count);
        var best = results.Stored.Ranking(0);
        for (var i = 0; i < 5; i++)
        {
            var unit = results.Units[best[i]];
            var row = rows[i];
            Assert.Equal(unit.Name, row.Name);
            // The last three cells are the total's value (the framework shows 4 decimals), its rank and its movement
            // since the DTI 2022 (the previous published campaign of the same index).
            Assert.Equal(Vietnamese(results.Stored.Value(0, unit.Index)), row.Cells[^3]);
            Assert.Equal(results.Stored.Rank(0, unit.Index).ToString(System.Globalization.CultureInfo.InvariantCulture), row.Cells[^2]);
            Assert.Matches(@"^(↑\d+|↓\d+|=|mới)", row.Cells[^1]);
        }

        // The main indices are the ministry's nine (under the two groups I and II), then the pillar views, each with its rank.
        Assert.Equal(["1", "2", "3", "4", "5", "7", "8", "9", "CQS", "KTS", "XHS"], results.MainColumns.Select(c => c.Code));
        var index = results.Column("1")!;
        var first = results.Units[best[0]];
        Assert.Equal(Vietnamese(results.Stored.Value(index.Index, first.Index)), rows[0].Cells[0]);
        Assert.Equal(results.Stored.Rank(index.Index, first.Index).ToString(System.Globalization.CultureInfo.InvariantCulture), rows[0].Cells[1]);
    }

    [Fact]
    public async Task Ranking_SortByNameReversed_ListsZToA()
    {
        var (id, _) = await PublishedAsync();

        var names = Rows((await GetAsync($"/public/campaigns/{id}?sort=-name")).Html).Select(r => r.Name).ToList();

        var expected = names.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), true)).Reverse().ToList();
        Assert.Equal(expected, names);
    }

    [Fact]
    public async Task Ranking_SortByAGroupsRank_PutsItsFirstUnitFirst()
    {
        var (id, results) = await PublishedAsync();
        var group = results.Column("7")!;
        var position = results.MainColumns.ToList().IndexOf(group);

        var rows = Rows((await GetAsync($"/public/campaigns/{id}?sort=7")).Html);

        // Three cells per column: value, rank, movement.
        Assert.Equal("1", rows[0].Cells[(position * 3) + 1]);
        Assert.Equal(results.Units[results.Stored.Ranking(group.Index)[0]].Name, rows[0].Name);
    }

    [Fact]
    public async Task Ranking_SearchWithoutDiacritics_FindsQuangTri()
    {
        var (id, _) = await PublishedAsync();

        var rows = Rows((await GetAsync($"/public/campaigns/{id}?q=quang%20tri")).Html);

        Assert.Equal(["Tỉnh Quảng Trị"], rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Ranking_RegionFilter_ListsTheCentralHighlandsOnly()
    {
        var (id, _) = await PublishedAsync();

        var rows = Rows((await GetAsync($"/public/campaigns/{id}?region=tn&sort=name")).Html);

        Assert.Equal(["Tỉnh Đắk Lắk", "Tỉnh Đắk Nông", "Tỉnh Gia Lai", "Tỉnh Kon Tum", "Tỉnh Lâm Đồng"], rows.Select(r => r.Name));
    }

    [Fact]
    public async Task Ranking_NodeChosen_ShowsItsChildrenThenItThenTheTotal()
    {
        var (id, results) = await PublishedAsync();

        var html = (await GetAsync($"/public/campaigns/{id}?node=I")).Html;

        var children = results.Columns.Where(c => c.ParentCode == "I" && c.Scored).Select(c => c.Code).ToList();
        Assert.NotEmpty(children);
        Assert.Equal((children.Count + 2) * 3, Rows(html)[0].Cells.Count);
        Assert.Contains("Đang xem các chỉ số thành phần của", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("node=KHONG-CO", "không có chỉ số")]
    [InlineData("region=mars", "Không có vùng")]
    [InlineData("sort=zzz", "Không sắp xếp được")]
    [InlineData("page=0", "Số trang phải")]
    [InlineData("page=abc", "Số trang phải")]
    [InlineData("province=99", "không có đơn vị thuộc tỉnh")]
    [InlineData("compare=999999", "chỉ so sánh được với kết quả đã công bố")]
    public async Task Ranking_BadParameter_Answers400InVietnamese(string query, string sentence)
    {
        var (id, _) = await PublishedAsync();

        var (status, html) = await GetAsync($"/public/campaigns/{id}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(sentence, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranking_SearchLongerThan100_Answers400()
    {
        var (id, _) = await PublishedAsync();

        var (status, html) = await GetAsync($"/public/campaigns/{id}?q={new string('a', 101)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("dài quá 100 ký tự", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranking_PageBeyondTheLast_ShowsTheLastPage()
    {
        var (id, _) = await PublishedAsync();

        var (status, html) = await GetAsync($"/public/campaigns/{id}?page=9");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(63, Rows(html).Count);
    }

    [Fact]
    public async Task Ranking_UnpublishedOrUnknownCampaign_Answers404()
    {
        int unpublished;
        await using (var db = factory.NewContext())
        {
            unpublished = await db.Campaigns.Where(c => !db.ResultSnapshots.Any(s => s.CampaignId == c.Id && s.Published)).Select(c => c.Id).FirstAsync();
        }

        foreach (var path in new[] { $"/public/campaigns/{unpublished}", "/public/campaigns/999999", $"/public/campaigns/{unpublished}/ranking.csv", $"/public/campaigns/{unpublished}/ranking.json" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(path)).Status);
        }
    }

    [Fact]
    public async Task CampaignPage_Published_LinksToThePublicRanking()
    {
        var (id, _) = await PublishedAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("tochuc@demo.chiso.vn");

        var html = await browser.Client.GetStringAsync(new Uri($"/campaigns/{id}", UriKind.Relative));
        var home = await browser.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains($"href=\"/public/campaigns/{id}\"", html, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var published = await scope.ServiceProvider.GetRequiredService<ResultsReader>().PublishedCampaignsAsync();
        Assert.Equal(published.Count, LinkToPublic().Count(home));
    }

    internal async Task<(int Id, CampaignResults Results)> PublishedAsync()
    {
        using var scope = factory.Services.CreateScope();
        var reader = scope.ServiceProvider.GetRequiredService<ResultsReader>();
        var campaign = (await reader.PublishedCampaignsAsync()).Single(c => c.Name == "[DEMO] DTI cấp tỉnh 2023");
        return (campaign.Id, (await reader.PublishedAsync(campaign.Id))!);
    }

    internal async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    internal static string Vietnamese(double value) => ChiSo.Engine.PeopleFormat.Number(value, 4, ChiSo.Engine.Language.Vi);

    /// <summary>The table's body rows: the unit's name and the text of every cell after it.</summary>
    internal static List<(string Name, List<string> Cells)> Rows(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return [.. RowPattern().Matches(body).Select(m => (
            WebUtility.HtmlDecode(NamePattern().Match(m.Value).Groups[1].Value),
            CellPattern().Matches(m.Value).Select(c => WebUtility.HtmlDecode(TagPattern().Replace(c.Groups[1].Value, "")).Trim()).ToList()))];
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<th scope=\"row\"><a [^>]*>([^<]*)</a>", RegexOptions.Singleline)]
    private static partial Regex NamePattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("href=\"/public/campaigns/\\d+\"")]
    private static partial Regex LinkToPublic();
}
