using System.Net.Http.Headers;
using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>
/// Accounts in the browser: a reporter makes an access token for an integration and the token works against the API
/// without a browser; the administrator resets the reporter's password and the new one signs in.
/// </summary>
public class AccountsJourneyTests
{
    private const string Reporter = "baocao@demo.chiso.vn";

    [Fact]
    public async Task ReporterMakesAToken_AdministratorResetsThePassword()
    {
        await using var app = new KestrelApp();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var root = app.BaseAddress.ToString().TrimEnd('/');

        var reporter = await JourneyTests.SignInAsync(browser, root, Reporter, JourneyTests.Password);
        await reporter.GotoAsync(root + "/account/tokens");
        await reporter.FillAsync("#name", "Hệ thống báo cáo của tỉnh");
        await reporter.ClickAsync("button:has-text('Tạo mã truy cập')");
        var token = (await reporter.InnerTextAsync("code.token")).Trim();
        await reporter.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("token.png"), FullPage = true });
        await reporter.Context.CloseAsync();
        using var integration = new HttpClient { BaseAddress = app.BaseAddress };
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var tasks = await integration.GetAsync(new Uri("/api/v1/tasks", UriKind.Relative));

        Assert.StartsWith("chiso_", token, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, tasks.StatusCode);

        var admin = await JourneyTests.SignInAsync(browser, root, "quantri@demo.chiso.vn", JourneyTests.Password);
        await admin.ClickAsync("a:has-text('Quản trị')");
        var row = admin.Locator("tbody tr").Filter(new() { Has = admin.Locator($"th:text-is('{Reporter}')") });
        await row.Locator("summary").ClickAsync();
        await row.Locator("input[name=password]").FillAsync("Mat-Khau-Moi-2026");
        await row.Locator("input[name=confirm]").FillAsync("Mat-Khau-Moi-2026");
        await row.Locator("button:has-text('Đặt lại mật khẩu')").ClickAsync();
        await admin.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("admin.png"), FullPage = true });
        await admin.Context.CloseAsync();

        var again = await JourneyTests.SignInAsync(browser, root, Reporter, "Mat-Khau-Moi-2026");
        Assert.Contains("Việc của tôi", await again.InnerTextAsync("header"), StringComparison.Ordinal);
    }
}
