using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

public class DataEntryTests
{
    [Fact]
    public async Task Reporter_FillsACriterion_ReloadShowsItKeptAndThePoints()
    {
        await using var app = new KestrelApp();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN" });
        page.SetDefaultTimeout(Chromium.StepTimeout);
        var root = app.BaseAddress.ToString().TrimEnd('/');

        await page.GotoAsync(root + "/");
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("signin.png"), FullPage = true });
        await page.FillAsync("#email", "baocao@demo.chiso.vn");
        await page.FillAsync("#password", "ChiSo-Demo-2025");
        await page.ClickAsync("button[type=submit].primary");
        await page.ClickAsync("a:has-text('[DEMO] DTI sở, ban, ngành')");
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("campaign.png"), FullPage = true });
        await page.ClickAsync("a:has-text('Sở Khoa học và Công nghệ')");

        // 1.2: 6 of 8 meetings chaired by the leadership → 10 × 6 ÷ 8 = 7,50 points (dti-so-nganh-2023.yaml, rule of 1.2).
        await page.FillAsync("#i-1-2-tong_cuoc_hop", "8");
        await page.WaitForSelectorAsync("[data-input=tong_cuoc_hop] .msg.ok");
        await page.FillAsync("#i-1-2-hop_lanh_dao_chu_tri", "6");
        await page.WaitForSelectorAsync("[data-input=hop_lanh_dao_chu_tri] .msg.ok");
        // Both saves may still be answering: the points shown must settle on the newest state, never on a late older one.
        await Assertions.Expect(page.Locator("article[aria-labelledby=c-1-2] output")).ToHaveTextAsync("7,50", new() { Timeout = Chromium.StepTimeout });
        var live = await page.InnerTextAsync("article[aria-labelledby=c-1-2] output");
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("entry.png"), FullPage = false });
        await page.ReloadAsync();

        Assert.Equal("7,50", live);
        Assert.Equal("6", await page.InputValueAsync("#i-1-2-hop_lanh_dao_chu_tri"));
        Assert.Equal("8", await page.InputValueAsync("#i-1-2-tong_cuoc_hop"));
        Assert.Equal("7,50", await page.InnerTextAsync("article[aria-labelledby=c-1-2] output"));
    }

    [Fact]
    public async Task Reporter_CitesADocumentWithABarInTheSummary_ReloadShowsEveryPartInItsField()
    {
        // Issue 10 §4: the summary's "|" used to move the end of the summary into the signer on reload.
        await using var app = new KestrelApp();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN" });
        page.SetDefaultTimeout(Chromium.StepTimeout);
        var root = app.BaseAddress.ToString().TrimEnd('/');

        await page.GotoAsync(root + "/");
        await page.FillAsync("#email", "baocao@demo.chiso.vn");
        await page.FillAsync("#password", "ChiSo-Demo-2025");
        await page.ClickAsync("button[type=submit].primary");
        await page.ClickAsync("a:has-text('[DEMO] DTI sở, ban, ngành')");
        await page.ClickAsync("a:has-text('Sở Khoa học và Công nghệ')");
        await page.FillAsync("#i-2-2-quy_che-so", "125/QĐ-SKHCN");
        await page.FillAsync("#i-2-2-quy_che-ngay", "2026-03-02");
        await page.FillAsync("#i-2-2-quy_che-trich", "Quy chế dữ liệu | giai đoạn 2026–2030");
        await page.FillAsync("#i-2-2-quy_che-ky", "Nguyễn Văn A");
        await page.WaitForSelectorAsync("[data-input=quy_che] .msg.ok");
        await page.ReloadAsync();

        Assert.Equal("125/QĐ-SKHCN", await page.InputValueAsync("#i-2-2-quy_che-so"));
        Assert.Equal("2026-03-02", await page.InputValueAsync("#i-2-2-quy_che-ngay"));
        Assert.Equal("Quy chế dữ liệu | giai đoạn 2026–2030", await page.InputValueAsync("#i-2-2-quy_che-trich"));
        Assert.Equal("Nguyễn Văn A", await page.InputValueAsync("#i-2-2-quy_che-ky"));
    }
}
