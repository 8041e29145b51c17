using System.IO.Compression;
using System.Text;
using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

public class ObjectionTests
{
    [Fact]
    public async Task Unit_ObjectsWithAFile_HeadSignsAndDownloadsTheLetter_ReviewerAnswers()
    {
        await using var app = new KestrelApp();
        var (campaignId, unitId) = await RoundOneOutAsync(app);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var root = app.BaseAddress.ToString().TrimEnd('/');
        var result = $"{root}/campaigns/{campaignId}/units/{unitId}/round-1";
        const string Explanation = "Sở đã ban hành Quyết định 125/QĐ-SKHCN thành lập Ban Chỉ đạo chuyển đổi số; đề nghị xem xét lại điểm tiêu chí này.";

        // The reporter reads the result, objects to 1.1 and adds a file.
        var reporter = await SignedInAsync(browser, root, "baocao@demo.chiso.vn");
        await reporter.GotoAsync(result);
        await Assertions.Expect(reporter.Locator("#total-points")).ToBeVisibleAsync();
        await reporter.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("round1-result.png"), FullPage = true });
        await reporter.ClickAsync("#c-1-1 details summary");
        await reporter.FillAsync("#explanation-1-1", Explanation);
        await reporter.ClickAsync("#c-1-1 .objection-form button[type=submit]");
        await Assertions.Expect(reporter.Locator("#c-1-1 .objection")).ToContainTextAsync("Quyết định 125/QĐ-SKHCN");
        await reporter.SetInputFilesAsync("#c-1-1 .evidence-upload input[type=file]", new FilePayload
        {
            Name = "quyet-dinh-125.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("Quyết định 125/QĐ-SKHCN ngày 12/03/2026."),
        });
        await reporter.ClickAsync("#c-1-1 .evidence-upload button[type=submit]");
        await Assertions.Expect(reporter.Locator("#c-1-1 .objection .evidence a")).ToHaveTextAsync("quyet-dinh-125.txt");

        // The head signs the objection letter and downloads it.
        var head = await SignedInAsync(browser, root, "thutruong@demo.chiso.vn");
        await head.GotoAsync(result);
        await Assertions.Expect(head.Locator("#sign-button")).ToHaveTextAsync("Ký văn bản góp ý");
        await head.ClickAsync("#sign-button");
        var download = await head.RunAndWaitForDownloadAsync(() => head.ClickAsync("a[download]"));
        var letter = await File.ReadAllBytesAsync((await download.PathAsync())!);
        string xml;
        using (var zip = new ZipArchive(new MemoryStream(letter)))
        using (var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open()))
        {
            xml = await reader.ReadToEndAsync();
        }

        // Round 2 opens (the rounds work's step, written directly here) and the reviewer accepts with new points.
        await using (var db = app.NewContext())
        {
            await db.Campaigns.Where(c => c.Id == campaignId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, ReviewStage.Round2Review));
        }

        var reviewer = await SignedInAsync(browser, root, "thamdinh@demo.chiso.vn");
        await reviewer.GotoAsync($"{root}/campaigns/{campaignId}/objections?status=open");
        await Assertions.Expect(reviewer.Locator(".objection-item")).ToContainTextAsync(Explanation);
        await reviewer.CheckAsync(".answer-form input[name=accept][value=true]");
        await reviewer.FillAsync(".answer-form input[name=newPoints]", "5");
        await reviewer.FillAsync(".answer-form textarea[name=reason]", "Quyết định ban hành trong kỳ đánh giá: chấp nhận.");
        await reviewer.ClickAsync(".answer-form button[type=submit]");
        await Assertions.Expect(reviewer.Locator(".objection-item .answer")).ToContainTextAsync("Chấp nhận");
        await reviewer.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("objection-answer.png"), FullPage = true });
        await reporter.GotoAsync(result);

        Assert.Equal("van-ban-gop-y-vong-1-" + Data.Demo.DemoUnitCodes.ScienceDepartment.Replace('.', '-') + ".docx", download.SuggestedFilename);
        Assert.Equal((byte)'P', letter[0]);
        Assert.Contains("VĂN BẢN GÓP Ý KẾT QUẢ ĐÁNH GIÁ", xml, StringComparison.Ordinal);
        Assert.Contains(Explanation, xml, StringComparison.Ordinal);
        Assert.Contains("thutruong@demo.chiso.vn", xml, StringComparison.Ordinal);
        await Assertions.Expect(reporter.Locator("#c-1-1 .answer")).ToContainTextAsync("Vòng 2: chấp nhận");
    }

    private static async Task<IPage> SignedInAsync(IBrowser browser, string root, string email)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.StepTimeout);
        await page.GotoAsync(root + "/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "ChiSo-Demo-2025");
        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }

    /// <summary>
    /// The demo department campaign with its round-1 result out, as the rounds work will leave it: the stage, the
    /// snapshot, the confirmation window around today (Vietnam's date), the demo reviewer assigned to every unit.
    /// </summary>
    private static async Task<(int CampaignId, int UnitId)> RoundOneOutAsync(KestrelApp app)
    {
        await using var db = app.NewContext();
        var campaign = await db.Campaigns.SingleAsync(c => c.Name.Contains("sở, ban, ngành"));
        var unit = await db.Units.SingleAsync(u => u.Code == Data.Demo.DemoUnitCodes.ScienceDepartment && u.ValidTo == null);
        var today = VietnamTime.Today(TimeProvider.System);
        await db.CampaignPhases.Where(p => p.CampaignId == campaign.Id && p.Kind == PhaseKind.Confirmation)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Opens, today.AddDays(-1)).SetProperty(x => x.Closes, today.AddDays(5)));
        await db.Campaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, ReviewStage.Round1Out));
        var scored = await new CampaignScoring(db, TimeProvider.System, app.Services.GetRequiredService<ScoringPlans>()).ComputeAsync(campaign.Id, Rounds.First, "test");
        Assert.NotNull(scored.Snapshot);
        var reviewer = await db.Users.Where(u => u.Email == "thamdinh@demo.chiso.vn").Select(u => u.Id).SingleAsync();
        db.ReviewerAssignments.Add(new ReviewerAssignment { CampaignId = campaign.Id, UserId = reviewer, AssignedBy = "tochuc@demo.chiso.vn" });
        await db.SaveChangesAsync();
        return (campaign.Id, unit.Id);
    }
}
