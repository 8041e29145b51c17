using System.Globalization;
using System.Text.Json;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static ChiSo.EndToEnd.Tests.ReviewLifecycleWorld;

namespace ChiSo.EndToEnd.Tests;

/// <summary>
/// Issue 13 §6: the whole review, in the browser, on a real install (empty database, demo off) whose clock the test moves
/// day by day through the schedule. Two departments A and B, two reviewers (one per department); the reporters enter,
/// the heads sign off; the reviewers set points with reasons; round 1 out; A sees its own result and not B's; A objects
/// to two criteria with new evidence and its head signs the letter; B's late objection is refused naming the deadline,
/// the organiser extends B's window and B confirms within it; round 2 (one objection accepted, one rejected); approval;
/// publication; an administrator reopens with a reason and the result is published again (the new snapshot supersedes
/// the old, which stays readable); the audit chain verifies. On SQLite and on PostgreSQL.
/// </summary>
public sealed partial class ReviewLifecycleTests
{
    private const string PlanReason = "Kế hoạch chưa được cấp có thẩm quyền phê duyệt.";
    private const string ServicesReason = "Chỉ 6 dịch vụ có minh chứng vận hành toàn trình.";
    private const string PlanObjection = "Kế hoạch 15/KH-SA đã được UBND tỉnh phê duyệt ngày 10/01/2026; gửi kèm văn bản.";
    private const string ServicesObjection = "Đơn vị có 8 dịch vụ toàn trình, không phải 6; đề nghị tính lại.";
    private const string Rejection = "Hai dịch vụ bổ sung chưa có số liệu hồ sơ phát sinh trong kỳ: giữ điểm vòng 1.";
    private const string ReopenReason = "Thanh tra phát hiện sai sót trong hồ sơ trình phê duyệt; cần rà soát lại trước khi công bố lại.";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task TwoUnitsTwoReviewers_FromSubmissionToARepublishedResult_WithAnIntactAuditChain(string provider)
    {
        var settings = new Dictionary<string, string>();
        await TestDatabases.OnProviderAsync(provider, settings, async () =>
        {
            var clock = new ShiftedClock();
            await using var app = new KestrelApp(demo: false, settings, clock);
            var world = await MakeAsync(app, clock);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright);
            var play = new Play(app, browser, clock, world, provider == "Sqlite");
            await play.CollectAsync();
            await play.RoundOneAsync();
            await play.AnswersAsync();
            await play.RoundTwoAsync();
            await play.PublicationAsync();
        });
    }

    private sealed partial class Play(KestrelApp app, IBrowser browser, ShiftedClock clock, ReviewLifecycleWorld world, bool screenshots)
    {
        private readonly string _root = app.BaseAddress.ToString().TrimEnd('/');

        private string Campaign => $"{_root}/campaigns/{world.CampaignId}";

        private string RoundOne(int unit) => $"{Campaign}/units/{unit}/round-1";

        private Task<IPage> AsAsync(string email) => Pages.SignedInAsync(browser, _root, email, Password);

        private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        private async Task ShotAsync(IPage page, string name)
        {
            if (screenshots)
            {
                await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath(name), FullPage = true });
            }
        }

        /// <summary>Day D: both departments enter their values and their heads sign off.</summary>
        public async Task CollectAsync()
        {
            await EnterAsync(ReporterA, world.UnitA, da_lam: 30, tong: 40, so_dv: 6);
            await EnterAsync(ReporterB, world.UnitB, da_lam: 36, tong: 40, so_dv: 8);
            foreach (var (head, unit) in new[] { (HeadA, world.UnitA), (HeadB, world.UnitB) })
            {
                var page = await AsAsync(head);
                await page.GotoAsync($"{Campaign}/units/{unit}/submit");
                await page.CheckAsync("input[name=confirm]");
                await page.ClickAsync("button:has-text('Ký nộp hồ sơ')");
                await page.WaitForLoadStateAsync(LoadState.Load);
                await page.Context.CloseAsync();
            }

            await using var db = app.NewContext();
            Assert.Equal(2, await db.Submissions.CountAsync(s => s.CampaignId == world.CampaignId && s.Status == SubmissionStatus.Submitted));
        }

        private async Task EnterAsync(string reporter, int unit, int da_lam, int tong, int so_dv)
        {
            var page = await AsAsync(reporter);
            await page.GotoAsync($"{Campaign}/units/{unit}");
            await page.FillAsync("#i-1-1-da_lam", da_lam.ToString(CultureInfo.InvariantCulture));
            await page.WaitForSelectorAsync("[data-input=da_lam][data-save=saved]");
            await page.FillAsync("#i-1-1-tong", tong.ToString(CultureInfo.InvariantCulture));
            await page.WaitForSelectorAsync("[data-input=tong][data-save=saved]");
            await page.SelectOptionAsync("#i-1-2-ke_hoach", "có");
            await page.WaitForSelectorAsync("[data-input=ke_hoach][data-save=saved]");
            await page.FillAsync("#i-2-1-so_dv", so_dv.ToString(CultureInfo.InvariantCulture));
            await page.WaitForSelectorAsync("[data-input=so_dv][data-save=saved]");
            await page.Context.CloseAsync();
        }

        /// <summary>
        /// Day D: the organiser opens the review and assigns one reviewer to each department; the reviewers set one
        /// criterion each with a reason and accept the rest; the organiser sends the round-1 result out.
        /// A: 30 + 5 + 30 = 65; B: 36 + 10 + 30 = 76 (groups: A 35 and 30, B 46 and 30).
        /// </summary>
        public async Task RoundOneAsync()
        {
            var organiser = await AsAsync(Organiser);
            await MoveAsync(organiser, "Mở thẩm định vòng 1");
            await organiser.GotoAsync($"{_root}/setup/campaigns/{world.CampaignId}/reviewers");
            foreach (var (reviewer, unit) in new[] { (ReviewerA, world.UnitA), (ReviewerB, world.UnitB) })
            {
                await organiser.SelectOptionAsync("#reviewer", world.UserId(reviewer));
                await organiser.SelectOptionAsync("#unit", unit.ToString(CultureInfo.InvariantCulture));
                await organiser.ClickAsync("button:has-text('Phân công')");
                await organiser.WaitForSelectorAsync("text=Đã phân công thành viên hội đồng.");
            }

            await ReviewAsync(ReviewerA, world.UnitA, "1-2", "5", PlanReason, shot: "lifecycle-review.png");
            await ReviewAsync(ReviewerB, world.UnitB, "2-1", "30", ServicesReason, shot: null);

            // A reviewer may not review the other reviewer's unit.
            var reviewerA = await AsAsync(ReviewerA);
            await reviewerA.GotoAsync($"{Campaign}/review/units/{world.UnitB}");
            Assert.Equal("Không có quyền truy cập", (await reviewerA.InnerTextAsync("h1")).Trim());
            Assert.Equal(0, await reviewerA.Locator("#rp-1-1").CountAsync());
            await reviewerA.Context.CloseAsync();

            await MoveAsync(organiser, "Gửi kết quả vòng 1 cho các đơn vị");
            await organiser.Context.CloseAsync();
            await using var db = app.NewContext();
            Assert.Equal(ReviewStage.Round1Out, await db.Campaigns.Where(c => c.Id == world.CampaignId).Select(c => c.Stage).SingleAsync());
        }

        private async Task ReviewAsync(string reviewer, int unit, string criterion, string points, string reason, string? shot)
        {
            var page = await AsAsync(reviewer);
            await page.GotoAsync($"{Campaign}/review");
            await page.ClickAsync($"#review-units a[href$='/review/units/{unit}']");
            await page.FillAsync($"#rp-{criterion}", points);
            await page.FillAsync($"#rr-{criterion}", reason);
            await page.ClickAsync($"#c-{criterion} button:has-text('Lưu điểm thẩm định')");
            await page.WaitForSelectorAsync($"text=Đã lưu điểm thẩm định của tiêu chí {criterion.Replace('-', '.')}.");
            await page.ClickAsync("[data-select-all]");
            await page.ClickAsync("#accept-selected");
            await page.WaitForSelectorAsync("text=Đã chấp nhận điểm theo quy tắc cho");
            Assert.Equal("3 / 3", (await page.InnerTextAsync("#reviewed-count")).Trim());
            Assert.Contains(reason, await page.InnerTextAsync($"#c-{criterion} [data-reviewed]"), StringComparison.Ordinal);
            if (shot is not null)
            {
                await ShotAsync(page, shot);
            }

            await page.Context.CloseAsync();
        }

        /// <summary>The organiser presses a button of the campaign page's review panel; the move is done.</summary>
        private async Task MoveAsync(IPage page, string button, string? reason = null)
        {
            await page.GotoAsync(Campaign);
            var form = page.Locator("#quy-trinh form").Filter(new() { Has = page.Locator($"button:has-text('{button}')") });
            if (reason is not null)
            {
                await form.Locator("textarea[name=reason]").FillAsync(reason);
            }

            await form.Locator("button").ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.True(page.Url.Contains("moved=", StringComparison.Ordinal), $"{button}: {await page.InnerTextAsync("main")}");
        }

        private async Task<string> RefusedMoveAsync(IPage page, string button)
        {
            await page.GotoAsync(Campaign);
            await page.ClickAsync($"#quy-trinh button:has-text('{button}')");
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.DoesNotContain("moved=", page.Url, StringComparison.Ordinal);
            return await page.InnerTextAsync("body");
        }

        private static async Task<JsonElement> JsonAsync(IPage page, string url)
        {
            var response = await page.Context.APIRequest.GetAsync(url);
            Assert.True(response.Ok, $"{url}: {response.Status} {await response.TextAsync()}");
            using var json = JsonDocument.Parse(await response.TextAsync());
            return json.RootElement.Clone();
        }

        /// <summary>A unit's total (its first node) in a results answer: points and rank.</summary>
        private static (double Points, int Rank) Total(JsonElement results, string unitCode)
        {
            var total = results.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == unitCode).GetProperty("nodes")[0];
            return (total.GetProperty("points").GetDouble(), total.GetProperty("rank").GetInt32());
        }
    }
}
