using ChiSo.Data.Campaigns;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

public class ReviewWorkspaceTests
{
    [Fact]
    public async Task Organiser_AssignsAReviewer_WhoSetsOneCriterionWithAReason_AndAcceptsTheRest()
    {
        await using var app = new KestrelApp();
        int campaignId, unitId;
        string reviewerId;
        // The review opens through the rounds' work; here the campaign is put at the round-1 review directly, every unit signed.
        await using (var db = app.NewContext())
        {
            campaignId = await db.Campaigns.Where(c => c.Name.Contains("sở, ban, ngành")).Select(c => c.Id).SingleAsync();
            unitId = await db.Units.Where(u => u.Code == DemoAccounts.DepartmentCode).Select(u => u.Id).SingleAsync();
            reviewerId = await db.Users.Where(u => u.Email == "thamdinh@demo.chiso.vn").Select(u => u.Id).SingleAsync();
            await db.Campaigns.Where(c => c.Id == campaignId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Stage, ReviewStage.Round1Review));
            await db.Submissions.Where(s => s.CampaignId == campaignId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SubmissionStatus.Submitted));
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var root = app.BaseAddress.ToString().TrimEnd('/');

        var organiser = await SignedInAsync(browser, root, "tochuc@demo.chiso.vn");
        await organiser.GotoAsync($"{root}/setup/campaigns/{campaignId}/status");
        await organiser.ClickAsync("a:has-text('Hội đồng thẩm định')");
        await organiser.SelectOptionAsync("#reviewer", reviewerId);
        await organiser.SelectOptionAsync("#unit", unitId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await organiser.ClickAsync("button:has-text('Phân công')");
        await organiser.WaitForSelectorAsync("text=Đã phân công thành viên hội đồng.");
        var assigned = await organiser.InnerTextAsync("table.data");

        var reviewer = await SignedInAsync(browser, root, "thamdinh@demo.chiso.vn");
        await reviewer.GotoAsync($"{root}/campaigns/{campaignId}/review");
        await reviewer.ClickAsync("#review-units a:has-text('Sở Khoa học và Công nghệ')");
        var total = await reviewer.InnerTextAsync("#reviewed-count");
        var rule = await reviewer.InnerTextAsync("#c-1-2 [data-rule]");
        // 1.2 gets 1 point whatever the rule gives (at most 10): a difference, so a reason is required.
        var points = rule.Trim() == "1" ? "2" : "1";
        await reviewer.FillAsync("#rp-1-2", points);
        await reviewer.FillAsync("#rr-1-2", "Biên bản họp chưa có chữ ký của lãnh đạo.");
        await reviewer.ClickAsync("#c-1-2 button:has-text('Lưu điểm thẩm định')");
        await reviewer.WaitForSelectorAsync("text=Đã lưu điểm thẩm định của tiêu chí 1.2.");
        await reviewer.ClickAsync("[data-select-all]");
        await reviewer.ClickAsync("#accept-selected");
        await reviewer.WaitForSelectorAsync("text=Đã chấp nhận điểm theo quy tắc cho");
        var accepted = await reviewer.InnerTextAsync(".alert.success");
        var reviewedNow = await reviewer.InnerTextAsync("#reviewed-count");
        var reason = await reviewer.InnerTextAsync("#c-1-2 [data-reviewed]");
        await reviewer.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("review-workspace.png"), FullPage = false });

        Assert.Contains("thamdinh@demo.chiso.vn", assigned, StringComparison.Ordinal);
        Assert.StartsWith("0 / ", total, StringComparison.Ordinal);
        Assert.Contains("Biên bản họp chưa có chữ ký của lãnh đạo.", reason, StringComparison.Ordinal);
        Assert.Matches("cho [1-9][0-9]* tiêu chí", accepted);
        Assert.NotEqual(total, reviewedNow);
        await using var check = app.NewContext();
        var submission = await check.Submissions.Where(s => s.CampaignId == campaignId && s.UnitId == unitId).Select(s => s.Id).SingleAsync();
        var c12 = await check.CriterionScores.SingleAsync(c => c.SubmissionId == submission && c.CriterionCode == "1.2");
        Assert.Equal(double.Parse(points, System.Globalization.CultureInfo.InvariantCulture), c12.ReviewerPoints);
        Assert.True(await check.CriterionScores.CountAsync(c => c.SubmissionId == submission && c.ReviewerPoints != null) > 1);
    }

    private static async Task<IPage> SignedInAsync(IBrowser browser, string root, string email)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.StepTimeout);
        await page.GotoAsync(root + "/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "ChiSo-Demo-2025");
        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }
}
