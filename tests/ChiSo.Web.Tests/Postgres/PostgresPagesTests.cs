using System.Net;
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
}
