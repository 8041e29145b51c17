using System.Net;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Accounts;

[Collection(SharedApp.Name)]
public class SignInTests(WebAppFactory factory)
{
    [Fact]
    public async Task Home_Anonymous_RedirectsToSignIn()
    {
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_DemoReporter_SeesOnlyTheirUnitsCampaign()
    {
        using var browser = new Browser(factory);

        var response = await browser.SignInAsync("baocao@demo.chiso.vn");
        var home = await browser.PageAsync("/");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains("[DEMO] DTI sở, ban, ngành tỉnh Tây Ninh 2025", home, StringComparison.Ordinal);
        Assert.DoesNotContain("[DEMO] DII 2023", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_Organiser_SeesEveryCampaign()
    {
        using var browser = new Browser(factory);

        await browser.SignInAsync("tochuc@demo.chiso.vn");
        var home = await browser.PageAsync("/");

        // DemoCampaignSpec.All: seven demo campaigns.
        Assert.Equal(7, home.Split("href=\"/campaigns/", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysSignedOut()
    {
        using var browser = new Browser(factory);

        var response = await browser.SignInAsync("thutruong@demo.chiso.vn", "Wrong-password-1");
        var home = await browser.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.StartsWith("/signin?error=failed", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefused()
    {
        using var browser = new Browser(factory);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "baocao@demo.chiso.vn", ["password"] = Browser.Password });

        var response = await browser.Client.PostAsync(new Uri("/account/signin", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
