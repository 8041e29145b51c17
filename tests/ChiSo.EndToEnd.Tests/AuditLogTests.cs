using System.Globalization;
using ChiSo.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>Issue 13 §3: an organiser's reminder shows in the audit log, in words, and the chain verifies.</summary>
public class AuditLogTests
{
    [Fact]
    public async Task Organiser_RemindsThenOpensTheAuditLog_SeesTheEventAndAnIntactChain()
    {
        await using var app = new KestrelApp();
        await using (var db = app.NewContext())
        {
            var submission = await db.Submissions.AsNoTracking().OrderBy(s => s.Id).FirstAsync();
            await new AuditLog(db, TimeProvider.System).AppendAsync(new AuditEntry(
                "tochuc@demo.chiso.vn", "Submission", submission.Id.ToString(CultureInfo.InvariantCulture), "submission.returned",
                """{"status":"Submitted"}""", """{"status":"Draft","reason":"Thiếu minh chứng tiêu chí 1.1"}""", "Thiếu minh chứng tiêu chí 1.1"));
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.StepTimeout);
        await page.GotoAsync(app.BaseAddress.ToString().TrimEnd('/') + "/");
        await page.FillAsync("#email", "tochuc@demo.chiso.vn");
        await page.FillAsync("#password", "ChiSo-Demo-2025");
        await page.ClickAsync("button[type=submit].primary");

        await page.ClickAsync("a:has-text('[DEMO] DTI sở, ban, ngành')");
        await page.ClickAsync("a:has-text('Bảng tiến độ và nhắc việc')");
        await page.Locator("button:has-text('Nhắc nhở')").First.ClickAsync();
        await page.Locator(".alert.success").WaitForAsync();

        await page.ClickAsync("nav a:has-text('Nhật ký')");
        await page.ClickAsync("#verify");
        await page.Locator("#verdict").WaitForAsync();
        var verdict = await page.InnerTextAsync("#verdict");
        var firstRow = await page.InnerTextAsync("table.audit tbody tr:first-child");
        var returned = await page.InnerTextAsync("table.audit tbody");
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("audit.png"), FullPage = true });

        Assert.StartsWith("Nguyên vẹn:", verdict.Trim(), StringComparison.Ordinal);
        Assert.Contains("Gửi nhắc nhở các đơn vị", firstRow, StringComparison.Ordinal);
        Assert.Contains("tochuc@demo.chiso.vn", firstRow, StringComparison.Ordinal);
        Assert.Contains("Trả lại hồ sơ để đơn vị sửa", returned, StringComparison.Ordinal);
        Assert.Contains("Thiếu minh chứng tiêu chí 1.1", returned, StringComparison.Ordinal);
    }
}
