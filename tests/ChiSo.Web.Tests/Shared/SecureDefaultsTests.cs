using System.Net;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Shared;

/// <summary>Issue 10 §1: security headers everywhere, and a civil servant never sees a 500 or a stack trace for a bad request.</summary>
[Collection(SharedApp.Name)]
public class SecureDefaultsTests(WebAppFactory factory)
{
    [Theory]
    [InlineData("/signin")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/api/v1/tasks")]
    [InlineData("/css/chiso.css")]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string path)
    {
        using var browser = new Browser(factory);

        using var response = await browser.Client.GetAsync(new Uri(path, UriKind.Relative));
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/campaigns/{0}/units/{1}/workbook?saved=x", "saved")]
    [InlineData("/setup/campaigns/{0}/units?group=abc", "group")]
    [InlineData("/campaigns/{0}/progress?reminded=mot", "reminded")]
    public async Task Page_MalformedQueryParameter_Vietnamese400NotAServerError(string path, string parameter)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("quantri@demo.chiso.vn");

        using var response = await browser.Client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, ids.CampaignId, ids.OwnUnitId), UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Tham số “{parameter}” trong địa chỉ không đúng dạng", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "/account/signin")]
    [InlineData("tochuc@demo.chiso.vn", "/setup")]
    [InlineData("baocao@demo.chiso.vn", "/account/password")]
    public async Task FormPost_StaleAntiforgeryToken_Vietnamese400NotAServerError(string? email, string path)
    {
        using var browser = new Browser(factory);
        if (email is not null)
        {
            await browser.SignInAsync(email);
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "ai@do.vn", ["password"] = "x", ["_handler"] = "create", ["__RequestVerificationToken"] = "CfDJ8-het-han",
        });

        using var response = await browser.Client.PostAsync(new Uri(path, UriKind.Relative), form);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Phiên làm việc của biểu mẫu đã hết hạn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_NonAsciiBackAddress_RedirectsWithTheAddressEncoded()
    {
        using var browser = new Browser(factory);

        using var response = await browser.Client.GetAsync(new Uri("/language/vi?back=" + Uri.EscapeDataString("/trang-chủ?q=😀"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/trang-ch%E1%BB%A7?q=%F0%9F%98%80", response.Headers.Location?.OriginalString);
    }
}
