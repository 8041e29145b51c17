using System.Globalization;
using System.Text;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static ChiSo.EndToEnd.Tests.ReviewLifecycleWorld;

namespace ChiSo.EndToEnd.Tests;

public sealed partial class ReviewLifecycleTests
{
    private sealed partial class Play
    {
        /// <summary>
        /// Before the window A is told the day it opens; from D+11 it sees its own result (and not B's) and objects to 1.2
        /// (with a file) and 2.1; its head signs the letter. B's objection sent on D+16 is refused naming D+15; the organiser
        /// extends B's window to D+17 with a reason; B's head confirms within it.
        /// </summary>
        public async Task AnswersAsync()
        {
            var reporterA = await AsAsync(ReporterA);
            await reporterA.GotoAsync(RoundOne(world.UnitA));
            Assert.Contains($"được xem từ ngày {Day(world.Today.AddDays(11))}", await reporterA.InnerTextAsync("main"), StringComparison.Ordinal);
            await reporterA.Context.CloseAsync();

            clock.Forward(11);
            reporterA = await AsAsync(ReporterA);
            await reporterA.GotoAsync(RoundOne(world.UnitA));
            Assert.Equal(
                ("35", "2", "30", "1", "65", "2"),
                (await TextAsync(reporterA, "[data-group='1']"), await TextAsync(reporterA, "[data-rank='1']"),
                 await TextAsync(reporterA, "[data-group='2']"), await TextAsync(reporterA, "[data-rank='2']"),
                 await TextAsync(reporterA, "#total-points"), await TextAsync(reporterA, "#total-rank")));
            Assert.Contains(PlanReason, await reporterA.InnerTextAsync("#c-1-2"), StringComparison.Ordinal);
            Assert.Contains($"{Day(world.Today.AddDays(15))}", await reporterA.InnerTextAsync("dl.facts"), StringComparison.Ordinal);
            await ShotAsync(reporterA, "lifecycle-round1-result.png");

            // Not B's result, nor its objections: the page refuses, the API answers 403, the results list only A.
            var ownOnly = await JsonAsync(reporterA, $"{_root}/api/v1/campaigns/{world.CampaignId}/results?round=1");
            Assert.Equal(["99.SA"], ownOnly.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
            Assert.Equal(403, (await reporterA.Context.APIRequest.GetAsync($"{_root}/api/v1/campaigns/{world.CampaignId}/units/{world.UnitB}/round-1")).Status);
            Assert.Equal(403, (await reporterA.Context.APIRequest.GetAsync($"{_root}/api/v1/campaigns/{world.CampaignId}/objections")).Status);
            await reporterA.GotoAsync(RoundOne(world.UnitB));
            Assert.Equal("Không có quyền truy cập", (await reporterA.InnerTextAsync("h1")).Trim());

            await reporterA.GotoAsync(RoundOne(world.UnitA));
            await ObjectAsync(reporterA, "1-2", PlanObjection);
            await ObjectAsync(reporterA, "2-1", ServicesObjection);
            await reporterA.SetInputFilesAsync("#c-1-2 .evidence-upload input[type=file]", new FilePayload
            {
                Name = "ke-hoach-15.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("Kế hoạch 15/KH-SA ngày 10/01/2026, đã phê duyệt."),
            });
            await reporterA.ClickAsync("#c-1-2 .evidence-upload button[type=submit]");
            await Assertions.Expect(reporterA.Locator("#c-1-2 .objection .evidence a")).ToHaveTextAsync("ke-hoach-15.txt");
            await reporterA.Context.CloseAsync();

            var headA = await AsAsync(HeadA);
            await headA.GotoAsync(RoundOne(world.UnitA));
            await Assertions.Expect(headA.Locator("#sign-button")).ToHaveTextAsync("Ký văn bản góp ý");
            await headA.ClickAsync("#sign-button");
            await Assertions.Expect(headA.Locator("#letter")).ToHaveTextAsync("Văn bản góp ý kết quả đánh giá");
            await headA.Context.CloseAsync();

            await LateThenExtendedAsync();
        }

        private async Task LateThenExtendedAsync()
        {
            // B's reporter starts an objection late on the window's last day and sends it after midnight (Vietnam's time).
            clock.MoveTo(world.Today.AddDays(15), new TimeOnly(23, 50));
            var reporterB = await AsAsync(ReporterB);
            await reporterB.GotoAsync(RoundOne(world.UnitB));
            await reporterB.ClickAsync("#c-1-1 details summary");
            await reporterB.FillAsync("#explanation-1-1", "Đề nghị xem lại số hồ sơ trực tuyến.");
            clock.MoveTo(world.Today.AddDays(16), new TimeOnly(0, 10));
            await reporterB.ClickAsync("#c-1-1 .objection-form button[type=submit]");
            await reporterB.WaitForLoadStateAsync(LoadState.Load);
            var late = await reporterB.InnerTextAsync("body");
            Assert.True(late.Contains($"Đã hết hạn gửi ý kiến (ngày {Day(world.Today.AddDays(15))}).", StringComparison.Ordinal), late);
            await reporterB.Context.CloseAsync();

            // The organiser extends B's window by two days; round 2 cannot open before it ends.
            var organiser = await AsAsync(Organiser);
            await organiser.GotoAsync(Campaign);
            await organiser.ClickAsync("#confirmation-extensions");
            await organiser.SelectOptionAsync("#confirmation-unit", world.UnitB.ToString(CultureInfo.InvariantCulture));
            await organiser.FillAsync("#confirmation-deadline", world.Today.AddDays(17).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await organiser.FillAsync("#confirmation-reason", "Giám đốc sở đi công tác, chưa ký được văn bản trả lời.");
            // Waits for the navigation the post starts (a plain wait for "load" could resolve on, or hang between, the
            // two documents of the post and its redirect back).
            // (Marked obsolete in favour of WaitForURL, which cannot tell the page after the post from the same page before it.)
#pragma warning disable CS0612
            await organiser.RunAndWaitForNavigationAsync(
                () => organiser.ClickAsync("#confirmation-extension button[type=submit]"),
                new() { WaitUntil = WaitUntilState.DOMContentLoaded });
#pragma warning restore CS0612
            Assert.Contains("Xác nhận kết quả vòng 1", await organiser.InnerTextAsync("table.data"), StringComparison.Ordinal);
            await ShotAsync(organiser, "lifecycle-confirmation-extension.png");
            var early = await RefusedMoveAsync(organiser, "Mở thẩm định vòng 2");
            Assert.Contains($"đến hết ngày {Day(world.Today.AddDays(17))}", early, StringComparison.Ordinal);
            await organiser.Context.CloseAsync();

            var headB = await AsAsync(HeadB);
            await headB.GotoAsync(RoundOne(world.UnitB));
            Assert.Contains($"{Day(world.Today.AddDays(17))} (đã gia hạn)", await headB.InnerTextAsync("dl.facts"), StringComparison.Ordinal);
            Assert.Equal("76", await TextAsync(headB, "#total-points"));
            Assert.Equal("1", await TextAsync(headB, "#total-rank"));
            await Assertions.Expect(headB.Locator("#sign-button")).ToHaveTextAsync("Ký văn bản xác nhận");
            await headB.ClickAsync("#sign-button");
            await Assertions.Expect(headB.Locator("#letter")).ToHaveTextAsync("Văn bản xác nhận kết quả đánh giá");
            await headB.Context.CloseAsync();
        }

        private static async Task ObjectAsync(IPage page, string criterion, string text)
        {
            await page.ClickAsync($"#c-{criterion} details summary");
            await page.FillAsync($"#explanation-{criterion}", text);
            await page.ClickAsync($"#c-{criterion} .objection-form button[type=submit]");
            await Assertions.Expect(page.Locator($"#c-{criterion} .objection")).ToContainTextAsync(text);
        }

        private static async Task<string> TextAsync(IPage page, string selector) => (await page.InnerTextAsync(selector)).Trim();

        /// <summary>
        /// D+18: round 2 opens; A's reviewer accepts 1.2 with 10 points and rejects 2.1 with a reason; round 2 closes
        /// (A 70, rank 2; B 76, rank 1); the leader approves; the organiser publishes.
        /// </summary>
        public async Task RoundTwoAsync()
        {
            clock.Forward(2);
            var organiser = await AsAsync(Organiser);
            await MoveAsync(organiser, "Mở thẩm định vòng 2");

            var reviewer = await AsAsync(ReviewerA);
            await AnswerAsync(reviewer, "1.2", accept: true, "10", "Kế hoạch đã được phê duyệt trong kỳ đánh giá: chấp nhận.");
            await AnswerAsync(reviewer, "2.1", accept: false, null, Rejection);
            await reviewer.GotoAsync($"{Campaign}/objections?status=answered");
            Assert.Equal(2, await reviewer.Locator(".objection-item .answer").CountAsync());
            await ShotAsync(reviewer, "lifecycle-objections-answered.png");
            await reviewer.Context.CloseAsync();

            await MoveAsync(organiser, "Kết thúc vòng 2, trình lãnh đạo phê duyệt");
            var round2 = await JsonAsync(organiser, $"{_root}/api/v1/campaigns/{world.CampaignId}/results?round=2");
            Assert.Equal((70d, 2), Total(round2, "99.SA"));
            Assert.Equal((76d, 1), Total(round2, "99.SB"));

            var leader = await AsAsync(Leader);
            await MoveAsync(leader, "Phê duyệt kết quả");
            await leader.Context.CloseAsync();
            await MoveAsync(organiser, "Công bố kết quả");
            await organiser.Context.CloseAsync();
        }

        private async Task AnswerAsync(IPage reviewer, string criterion, bool accept, string? points, string reason)
        {
            await reviewer.GotoAsync($"{Campaign}/objections?status=open");
            var item = reviewer.Locator(".objection-item").Filter(new() { Has = reviewer.Locator($"h2 .code:text-is('{criterion}')") });
            await item.Locator($"input[name=accept][value={(accept ? "true" : "false")}]").CheckAsync();
            if (points is not null)
            {
                await item.Locator("input[name=newPoints]").FillAsync(points);
            }

            await item.Locator("textarea[name=reason]").FillAsync(reason);
            await item.Locator("button[type=submit]").ClickAsync();
            await reviewer.WaitForLoadStateAsync(LoadState.Load);
            Assert.Contains(reason, await reviewer.InnerTextAsync("main"), StringComparison.Ordinal);
        }

        /// <summary>
        /// Published: everyone sees both units' final result, A its answered objections; an administrator reopens with a
        /// reason (the published result stays readable), round 2 is closed, approved and published again: the new
        /// snapshot names the old one and the reason; the old one is still there, intact; the audit chain verifies.
        /// </summary>
        public async Task PublicationAsync()
        {
            var reporterA = await AsAsync(ReporterA);
            var final = await JsonAsync(reporterA, $"{_root}/api/v1/campaigns/{world.CampaignId}/results?round=final");
            Assert.Equal((70d, 2), Total(final, "99.SA"));
            Assert.Equal((76d, 1), Total(final, "99.SB"));
            var first = final.GetProperty("snapshotId").GetInt32();
            await reporterA.GotoAsync(RoundOne(world.UnitA));
            Assert.Contains("Vòng 2: chấp nhận (điểm mới 10)", await reporterA.InnerTextAsync("#c-1-2 .answer"), StringComparison.Ordinal);
            Assert.Contains("Vòng 2: không chấp nhận", await reporterA.InnerTextAsync("#c-2-1 .answer"), StringComparison.Ordinal);
            Assert.Contains(Rejection, await reporterA.InnerTextAsync("#c-2-1 .answer"), StringComparison.Ordinal);

            var admin = await AsAsync(Admin);
            await MoveAsync(admin, "Mở lại kết quả đã công bố", ReopenReason);
            var stillPublished = await JsonAsync(reporterA, $"{_root}/api/v1/campaigns/{world.CampaignId}/results?round=final");
            Assert.Equal(first, stillPublished.GetProperty("snapshotId").GetInt32());
            await reporterA.Context.CloseAsync();

            var organiser = await AsAsync(Organiser);
            await MoveAsync(organiser, "Kết thúc vòng 2, trình lãnh đạo phê duyệt");
            var leader = await AsAsync(Leader);
            await MoveAsync(leader, "Phê duyệt kết quả");
            await leader.Context.CloseAsync();
            await MoveAsync(organiser, "Công bố kết quả");
            await ShotAsync(organiser, "lifecycle-republished.png");
            var again = await JsonAsync(organiser, $"{_root}/api/v1/campaigns/{world.CampaignId}/results?round=final");
            Assert.NotEqual(first, again.GetProperty("snapshotId").GetInt32());
            Assert.Equal((70d, 2), Total(again, "99.SA"));
            await organiser.Context.CloseAsync();

            await using (var db = app.NewContext())
            {
                var published = await db.ResultSnapshots.AsNoTracking().Where(s => s.CampaignId == world.CampaignId && s.Published).OrderBy(s => s.Id).ToListAsync();
                Assert.Equal(2, published.Count);
                Assert.Equal((first, (int?)null), (published[0].Id, published[0].SupersedesId));
                Assert.Equal((published[0].Id, ReopenReason), (published[1].SupersedesId!.Value, published[1].Reason));
                Assert.All(published, s => Assert.Equal(s.PayloadHash, ResultSnapshot.HashOf(s.Payload)));
                Assert.Equal(ReviewStage.Published, await db.Campaigns.Where(c => c.Id == world.CampaignId).Select(c => c.Stage).SingleAsync());
            }

            await admin.GotoAsync($"{_root}/audit");
            await admin.ClickAsync("#verify");
            await admin.Locator("#verdict").WaitForAsync();
            Assert.StartsWith("Nguyên vẹn:", (await admin.InnerTextAsync("#verdict")).Trim(), StringComparison.Ordinal);
            var verdict = await JsonAsync(admin, $"{_root}/api/v1/audit/verification");
            Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
            Assert.True(verdict.GetProperty("snapshotsChecked").GetInt32() >= 4, verdict.ToString());
        }
    }
}
