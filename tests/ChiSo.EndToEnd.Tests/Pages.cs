using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>Browser pages as the people of a test use them: each in a context of their own (own cookies), Vietnamese, desktop-sized.</summary>
public static class Pages
{
    public static async Task<IPage> NewAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN", AcceptDownloads = true });
        context.SetDefaultTimeout(Chromium.StepTimeout);
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as <paramref name="email"/> from the sign-in form.</summary>
    public static async Task<IPage> SignedInAsync(IBrowser browser, string root, string email, string password)
    {
        var page = await NewAsync(browser);
        await page.GotoAsync(root + "/signin");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }
}
