using System.Net;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Setup;

[Collection(SharedApp.Name)]
public class SetupAccessTests(WebAppFactory factory)
{
    public static TheoryData<string> Pages => ["/setup", "/setup/campaigns/{0}/status", "/setup/campaigns/{0}/units", "/setup/campaigns/{0}/schedule", "/setup/campaigns/{0}/assignments", "/setup/campaigns/{0}/extensions"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_OrganiserAndAdministrator_Ok(string page)
    {
        var ids = await DemoIds.ReadAsync(factory);
        foreach (var email in new[] { "tochuc@demo.chiso.vn", "quantri@demo.chiso.vn" })
        {
            using var browser = new Browser(factory);
            await browser.SignInAsync(email);

            var response = await browser.Client.GetAsync(new Uri(Path(page, ids), UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ReporterHeadLeaderReviewer_Forbidden(string page)
    {
        var ids = await DemoIds.ReadAsync(factory);
        foreach (var email in new[] { "baocao@demo.chiso.vn", "thutruong@demo.chiso.vn", "lanhdao@demo.chiso.vn", "thamdinh@demo.chiso.vn" })
        {
            using var browser = new Browser(factory);
            await browser.SignInAsync(email);

            var response = await browser.Client.GetAsync(new Uri(Path(page, ids), UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("<form method=\"post\" action=\"\"", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Anonymous_SentToSignIn(string page)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(new Uri(Path(page, ids), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("baocao@demo.chiso.vn")]
    [InlineData("lanhdao@demo.chiso.vn")]
    public async Task PostSchedule_NotAnOrganiser_ForbiddenAndNothingSaved(string email)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync(email);

        var response = await SetupForms.PostAsync(browser, $"/setup/campaigns/{ids.CampaignId}/schedule", "schedule",
            new Dictionary<string, string> { ["opens-SelfAssessment"] = "2030-01-01", ["closes-SelfAssessment"] = "2030-02-01" }, tokenPage: "/");
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await db.CampaignPhases.AnyAsync(p => p.CampaignId == ids.CampaignId && p.Opens.Year == 2030));
    }

    [Fact]
    public async Task PostCreate_Anonymous_SentToSignInAndNothingCreated()
    {
        using var browser = new Browser(factory);

        var response = await SetupForms.PostAsync(browser, "/setup", "create", new Dictionary<string, string> { ["name"] = "Ẩn danh", ["year"] = "2026", ["editionId"] = "1" }, tokenPage: "/signin");
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await db.Campaigns.AnyAsync(c => c.Name == "Ẩn danh"));
    }

    private static string Path(string page, DemoIds ids) => string.Format(System.Globalization.CultureInfo.InvariantCulture, page, ids.CampaignId);
}
