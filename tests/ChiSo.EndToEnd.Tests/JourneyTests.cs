using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>
/// The day of a unit and its organiser, in the browser: the reporter fills a criterion and attaches evidence, a reload
/// keeps both, the unit head signs off, and the organiser's progress board shows the unit as submitted.
/// </summary>
public class JourneyTests
{
    internal const string Password = "ChiSo-Demo-2025";
    private const string Campaign = "[DEMO] DTI sở, ban, ngành";
    private const string Unit = "Sở Khoa học và Công nghệ";

    [Fact]
    public async Task ReporterEntersWithEvidence_HeadSubmits_OrganiserSeesTheProgress()
    {
        await using var app = new KestrelApp();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var root = app.BaseAddress.ToString().TrimEnd('/');

        var reporter = await SignInAsync(browser, root, "baocao@demo.chiso.vn");
        await reporter.ClickAsync($"a:has-text('{Campaign}')");
        await reporter.ClickAsync($"a:has-text('{Unit}')");
        var entryUrl = reporter.Url;
        await reporter.FillAsync("#i-1-2-tong_cuoc_hop", "8");
        await reporter.WaitForSelectorAsync("[data-input=tong_cuoc_hop] .msg.ok");
        await reporter.FillAsync("#i-1-2-hop_lanh_dao_chu_tri", "6");
        await reporter.WaitForSelectorAsync("[data-input=hop_lanh_dao_chu_tri] .msg.ok");
        await EvidenceUploads.UploadAsync(reporter, app, "1-2", new FilePayload
        {
            Name = "bien-ban-hop.txt", MimeType = "text/plain", Buffer = "Biên bản họp giao ban chuyển đổi số, quý III."u8.ToArray(),
        });
        await reporter.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("evidence.png") });
        await reporter.GotoAsync(entryUrl);

        Assert.Equal("6", await reporter.InputValueAsync("#i-1-2-hop_lanh_dao_chu_tri"));
        Assert.Equal(1, await reporter.Locator("a:has-text('bien-ban-hop.txt')").CountAsync());
        await reporter.GotoAsync(root + "/tasks");
        await reporter.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("tasks.png"), FullPage = true });
        await reporter.Context.CloseAsync();

        var head = await SignInAsync(browser, root, "thutruong@demo.chiso.vn");
        await head.GotoAsync(entryUrl.TrimEnd('/') + "/submit");
        await head.CheckAsync("input[name=confirm]");
        await head.ClickAsync("button:has-text('Ký nộp hồ sơ')");
        await head.WaitForSelectorAsync("dd:has-text('Đã nộp')");
        await head.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("submit.png"), FullPage = true });
        await head.Context.CloseAsync();

        var organiser = await SignInAsync(browser, root, "tochuc@demo.chiso.vn");
        await organiser.ClickAsync($"a:has-text('{Campaign}')");
        var campaignUrl = organiser.Url.TrimEnd('/');
        await organiser.GotoAsync(campaignUrl + "/progress");
        var row = organiser.Locator("table.data tr").Filter(new() { Has = organiser.Locator($"th:has-text('{Unit}')") });
        await organiser.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("progress.png"), FullPage = true });

        Assert.Contains("Đã nộp", await row.InnerTextAsync(), StringComparison.Ordinal);
        await organiser.GotoAsync(root + "/setup");
        await organiser.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("setup.png"), FullPage = true });
    }

    internal static async Task<IPage> SignInAsync(IBrowser browser, string root, string email, string password = Password)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN" });
        context.SetDefaultTimeout(Chromium.StepTimeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync(root + "/signin");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        // The click waits for the navigation it starts; the sign-in post answers with a redirect to the page asked for.
        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.False(page.Url.Contains("/signin", StringComparison.Ordinal), $"{email} was not signed in: {page.Url} — {await page.InnerTextAsync("main")}");
        return page;
    }
}
