using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>Issue 10 §5: buttons readable and styled alike, a green success banner.</summary>
public class LookTests
{
    private const string Brand = "rgb(11, 92, 171)";

    [Fact]
    public async Task ProgressBoardAndSubmitPage_ButtonsReadableAndSuccessGreen()
    {
        await using var app = new KestrelApp();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var root = app.BaseAddress.ToString().TrimEnd('/');

        var organiser = await SignInAsync(browser, root, "tochuc@demo.chiso.vn");
        await organiser.ClickAsync("a:has-text('[DEMO] DTI sở, ban, ngành')");
        await organiser.ClickAsync("a:has-text('Bảng tiến độ và nhắc việc')");
        var remind = organiser.Locator("button:has-text('Nhắc nhở')").First;
        var (remindColour, remindGround) = await ColoursAsync(remind);
        await organiser.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("progress-buttons.png"), FullPage = true });
        await remind.ClickAsync();
        var banner = organiser.Locator(".alert.success");
        await banner.WaitForAsync();
        var (_, bannerGround) = await ColoursAsync(banner);
        await organiser.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("progress-reminded.png"), FullPage = false });

        var head = await SignInAsync(browser, root, "thutruong@demo.chiso.vn");
        await head.ClickAsync("a:has-text('[DEMO] DTI sở, ban, ngành')");
        await head.ClickAsync("a:has-text('Sở Khoa học và Công nghệ')");
        await head.ClickAsync("a:has-text('Ký nộp hồ sơ')");
        var (signColour, signGround) = await ColoursAsync(head.Locator("button:has-text('Ký nộp hồ sơ')"));
        await head.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("submit-button.png"), FullPage = true });

        Assert.Equal((Brand, "rgb(255, 255, 255)"), (remindColour, remindGround));
        Assert.Equal("rgb(230, 244, 234)", bannerGround);
        Assert.Equal(("rgb(255, 255, 255)", Brand), (signColour, signGround));
    }

    private static async Task<(string Colour, string Ground)> ColoursAsync(ILocator element)
    {
        var colours = await element.EvaluateAsync<string[]>("e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]");
        return (colours[0], colours[1]);
    }

    private static async Task<IPage> SignInAsync(IBrowser browser, string root, string email)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.StepTimeout);
        await page.GotoAsync(root + "/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "ChiSo-Demo-2025");
        await page.ClickAsync("button[type=submit].primary");
        return page;
    }
}
