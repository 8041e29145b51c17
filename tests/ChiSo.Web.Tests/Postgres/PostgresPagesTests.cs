using System.Net;
using ChiSo.Web.Tests.Results;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Postgres;

/// <summary>
/// Every page as every demo role, on PostgreSQL. There, unlike on SQLite, two queries running at once on a request's
/// DbContext fail, and a page renders its layout's components and its own at the same time: the layout's links and
/// unread count, the evidence panels of 100 criterion cards. A 500 on any page is a failure.
/// </summary>
public sealed class PostgresPagesTests(PostgresWebAppFactory app) : IClassFixture<PostgresWebAppFactory>
{
    [Theory]
    [InlineData("quantri@demo.chiso.vn")]
    [InlineData("tochuc@demo.chiso.vn")]
    [InlineData("baocao@demo.chiso.vn")]
    [InlineData("thutruong@demo.chiso.vn")]
    [InlineData("thamdinh@demo.chiso.vn")]
    [InlineData("lanhdao@demo.chiso.vn")]
    public async Task EveryPage_EveryRole_NoServerError(string email)
    {
        DemoIds ids;
        int published;
        await using (var db = app.NewContext())
        {
            ids = await DemoIds.ReadAsync(db);
            // The demo's published campaign (the first), whether or not the commune campaign below is published yet.
            published = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.ResultSnapshots.Where(s => s.Published).OrderBy(s => s.Id).Select(s => s.CampaignId));
        }

        var (campaign, unit) = (ids.CampaignId, ids.OwnUnitId);

        using var browser = new Browser(app);
        await browser.SignInAsync(email);
        string[] pages =
        [
            "/", "/tasks", "/notifications", "/account", "/account/tokens", "/admin/users", "/setup",
            $"/campaigns/{campaign}", $"/campaigns/{campaign}/progress", $"/campaigns/{campaign}/units/{unit}",
            $"/campaigns/{campaign}/units/{unit}/submit", $"/campaigns/{campaign}/units/{unit}/workbook",
            $"/setup/campaigns/{campaign}", $"/setup/campaigns/{campaign}/units", $"/setup/campaigns/{campaign}/schedule",
            $"/setup/campaigns/{campaign}/assignments", $"/setup/campaigns/{campaign}/extensions", $"/setup/campaigns/{campaign}/status",
            $"/campaigns/{published}", $"/public/campaigns/{published}", $"/public/campaigns/{published}?q=quang%20tri&sort=-name&region=btbdhmt",
            $"/public/campaigns/{published}/ranking.xlsx", $"/public/campaigns/{published}/ranking.json",
        ];

        var answers = new List<(string Page, HttpStatusCode Status)>();
        foreach (var page in pages)
        {
            using var response = await browser.Client.GetAsync(new Uri(page, UriKind.Relative));
            answers.Add((page, response.StatusCode));
        }

        Assert.DoesNotContain(answers, a => (int)a.Status >= 500);
        Assert.Equal(HttpStatusCode.OK, answers.Single(a => a.Page == "/").Status);
        Assert.Equal(HttpStatusCode.OK, answers.Single(a => a.Page == $"/campaigns/{campaign}").Status);
        Assert.Equal(HttpStatusCode.OK, answers.Single(a => a.Page == $"/public/campaigns/{published}").Status);
    }

    /// <summary>The commune path of the public pages (the parent join, the province averages), with <see cref="CommuneCampaign"/>'s hand-computed figures.</summary>
    [Fact]
    public async Task CommuneCampaign_PublicPages_ShowTheHandComputedFigures()
    {
        var campaign = await CommuneCampaign.CreateAsync(app.Services, app.NewContext);
        var path = $"/public/campaigns/{campaign.Id}";
        using var browser = new Browser(app);

        var map = await browser.Client.GetStringAsync(new Uri($"{path}/map", UriKind.Relative));
        var ranking = await browser.PageAsync($"{path}?province=80");
        var profile = await browser.PageAsync($"{path}/units/25459");
        using var refused = await browser.Client.GetAsync(new Uri($"{path}?province={new string('8', 200)}", UriKind.Relative));

        Assert.Equal(new Dictionary<string, string> { ["value"] = "11,83", ["rank"] = "1/2" }, PublicResults.Row(map, "map-table", "80"));
        Assert.Equal(new Dictionary<string, string> { ["value"] = "11,50", ["rank"] = "2/2" }, PublicResults.Row(map, "map-table", "01"));
        Assert.Contains("vn-provinces-34", map, StringComparison.Ordinal);
        var rows = RankingPageTests.Rows(ranking);
        Assert.Equal(["Phường Tân Ninh", "Phường Bình Minh", "Xã Tân Biên"], rows.Select(r => r.Name));
        Assert.Equal(["2", "3", "4"], rows.Select(r => r.Cells[5]));
        Assert.Contains("<dd id=\"profile-total\">17,5/20</dd>", profile, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"profile-rank\">2/5</dd>", profile, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Kỳ đánh giá này không có đơn vị thuộc tỉnh mã", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
