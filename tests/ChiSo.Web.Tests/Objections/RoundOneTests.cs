using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Notifications;
using ChiSo.Engine;
using ChiSo.Web.Features.Objections;
using ChiSo.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Objections;

/// <summary>The unit's round-1 result, its objections, the head's letter and the reviewers' answers, through the app.</summary>
public sealed class RoundOneTests(RoundApp app) : IClassFixture<RoundApp>
{
    private string Page => $"/campaigns/{app.Ids.CampaignId}/units/{app.Ids.OwnUnitId}/round-1";

    private string Api => $"/api/v1/campaigns/{app.Ids.CampaignId}/units/{app.Ids.OwnUnitId}";

    [Fact]
    public async Task Round1Page_TheUnitsOwnPeople_SeeEachGroupsPointsAndRank_AndTheTotal_WithVietnameseNumbers()
    {
        var (organiser, _) = await RoundApp.SignInAsync(app.InWindow, RoundApp.Organiser);
        var (reporter, _) = await RoundApp.SignInAsync(app.InWindow, RoundApp.Reporter);
        using var __ = organiser;
        using var ___ = reporter;

        var result = (await organiser.GetFromJsonAsync<RoundOneResult>(new Uri($"{Api}/round-1", UriKind.Relative)))!;
        using var page = await reporter.GetAsync(new Uri(Page, UriKind.Relative));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(result.HasResult);
        Assert.NotEmpty(result.Groups);
        Assert.True(result.TotalRank > 0);
        // The total, as the ministry writes it (decimal comma, no trailing zeros), and every group's name and rank.
        Assert.Contains($"id=\"total-points\"><strong>{RoundFormat.Points(result.Total, result.Decimals, Language.Vi)}</strong>", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"total-rank\"><strong>{result.TotalRank}</strong>", html, StringComparison.Ordinal);
        Assert.All(result.Groups, g => Assert.Contains(g.Name, html, StringComparison.Ordinal));
        Assert.Equal(Math.Round(result.Groups.Sum(g => g.Points!.Value), 6), Math.Round(result.Total!.Value, 6));
    }

    [Fact]
    public void RoundFormat_WritesPointsAsTheMinistryDoes()
    {
        Assert.Equal(["7,5", "58,84", "109,34", "0", "43", "1.234,5"], new[] { 7.5, 58.84, 109.34, 0, 43, 1234.5 }.Select(p => RoundFormat.Points(p, 2, Language.Vi)));
        Assert.Equal("109.34", RoundFormat.Points(109.34, 2, Language.En));
        Assert.Equal("–", RoundFormat.Points(double.NaN, 2, Language.Vi));
    }

    [Fact]
    public async Task Round1_AnotherUnit_CannotSeeTheResultTheLetterOrTheObjections()
    {
        var (other, token) = await RoundApp.SignInAsync(app.InWindow, app.OtherUnitReporter);
        using var _ = other;

        using var page = await other.GetAsync(new Uri(Page, UriKind.Relative));
        using var api = await other.GetAsync(new Uri($"{Api}/round-1", UriKind.Relative));
        using var letter = await other.GetAsync(new Uri($"{Api}/round-1/letter", UriKind.Relative));
        using var list = await other.GetAsync(new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/objections", UriKind.Relative));
        using var listPage = await other.GetAsync(new Uri($"/campaigns/{app.Ids.CampaignId}/objections", UriKind.Relative));
        using var write = await RoundApp.PostAsync(other, token, $"{Api}/objections", new { criterion = "1.1", explanation = "Không phải đơn vị mình" });

        Assert.All([page, api, letter, list, listPage, write], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Contains("chỉ xem được kết quả", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round1_BeforeTheUnitsDate_TheUnitIsToldTheDate_WhileStaffSeeTheResult()
    {
        var (reporter, _) = await RoundApp.SignInAsync(app.Early, RoundApp.Reporter);
        var (reviewer, _) = await RoundApp.SignInAsync(app.Early, RoundApp.Reviewer);
        using var __ = reporter;
        using var ___ = reviewer;

        using var page = await reporter.GetAsync(new Uri(Page, UriKind.Relative));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        using var api = await reporter.GetAsync(new Uri($"{Api}/round-1", UriKind.Relative));
        using var staff = await reviewer.GetAsync(new Uri($"{Api}/round-1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Kết quả đánh giá vòng 1 của đơn vị được xem từ ngày 01/05/2026.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("total-points", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
    }

    [Fact]
    public async Task Objection_AfterTheWindow_IsRefusedNamingTheDeadline()
    {
        var (reporter, token) = await RoundApp.SignInAsync(app.Late, RoundApp.Reporter);
        using var _ = reporter;

        using var response = await RoundApp.PostAsync(reporter, token, $"{Api}/objections", new { criterion = "1.1", explanation = "Gửi muộn" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Đã hết hạn gửi ý kiến (ngày 10/05/2026).", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_IsTheHeadsAlone_AndACookieCallNeedsTheAntiforgeryToken()
    {
        var (reporter, token) = await RoundApp.SignInAsync(app.InWindow, RoundApp.Reporter);
        using var _ = reporter;

        using var sign = await RoundApp.PostAsync(reporter, token, $"{Api}/round-1/sign", new { confirm = true });
        using var forged = await reporter.PostAsync(new Uri($"{Api}/objections", UriKind.Relative), JsonContent.Create(new { criterion = "1.1", explanation = "Giả mạo" }));

        Assert.Equal(HttpStatusCode.Forbidden, sign.StatusCode);
        Assert.Contains("Chỉ thủ trưởng đơn vị", await sign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task TheWholeRound_ObjectWithAFile_HeadSigns_LetterDownloads_ReviewerAnswers_UnitIsTold()
    {
        var (reporter, reporterToken) = await RoundApp.SignInAsync(app.InWindow, RoundApp.Reporter);
        var (head, headToken) = await RoundApp.SignInAsync(app.InWindow, RoundApp.Head);
        using var _ = reporter;
        using var __ = head;
        const string Explanation = "Sở đã có Quyết định 125/QĐ-SKHCN ngày 12/03/2026 thành lập Ban Chỉ đạo; đề nghị xem xét lại điểm.";

        // A bearer token writes without antiforgery.
        using var bearer = app.InWindow.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiTokenTests.CreateTokenAsync(reporter, "Góp ý vòng 1"));
        using var written = await bearer.PostAsJsonAsync(new Uri($"{Api}/objections", UriKind.Relative), new { criterion = "1.1", explanation = Explanation });
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        var objection = (await written.Content.ReadFromJsonAsync<ObjectionView>())!;

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Quyết định 125/QĐ-SKHCN thành lập Ban Chỉ đạo chuyển đổi số."));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var form = new MultipartFormDataContent { { file, "file", "quyet-dinh-125.txt" } };
        using var upload = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/objections/{objection.Id}/evidence/files", UriKind.Relative)) { Content = form };
        upload.Headers.Add("RequestVerificationToken", reporterToken);
        using var uploaded = await reporter.SendAsync(upload);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);

        using var signed = await RoundApp.PostAsync(head, headToken, $"{Api}/round-1/sign", new { confirm = false, note = "Kính đề nghị Hội đồng xem xét." });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        using var again = await RoundApp.PostAsync(head, headToken, $"{Api}/round-1/sign", new { confirm = false });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        await using (var db = app.NewContext())
        {
            Assert.Equal(objection.Id, (await db.Evidence.SingleAsync(e => e.ObjectionId != null)).ObjectionId);
            var told = await db.Set<Notification>().Where(n => n.Link == $"/campaigns/{app.Ids.CampaignId}/objections")
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.Email).ToListAsync();
            Assert.Contains(RoundApp.Reviewer, told);
            Assert.DoesNotContain(RoundApp.OtherReviewer, told);
            var mail = await db.Set<OutboxMessage>().SingleAsync(m => m.To == RoundApp.Reviewer && m.Subject.Contains("góp ý"));
            Assert.Contains($"https://chiso.example.vn/campaigns/{app.Ids.CampaignId}/objections", mail.Body, StringComparison.Ordinal);
        }

        // The letter: a Word document made from the stored answer, the same every time.
        using var letter = await head.GetAsync(new Uri($"{Api}/round-1/letter", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", letter.Content.Headers.ContentType?.MediaType);
        var bytes = await letter.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, await head.GetByteArrayAsync(new Uri($"{Api}/round-1/letter", UriKind.Relative)));
        var xml = DocumentText(bytes);
        Assert.Contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", xml, StringComparison.Ordinal);
        Assert.Contains("VĂN BẢN GÓP Ý KẾT QUẢ ĐÁNH GIÁ", xml, StringComparison.Ordinal);
        Assert.Contains(Explanation, xml, StringComparison.Ordinal);
        Assert.Contains("quyet-dinh-125.txt", xml, StringComparison.Ordinal);
        Assert.Contains("Tiêu chí 1.1", xml, StringComparison.Ordinal);

        // Round 2: the reviewers answer.
        await app.SetStageAsync(ReviewStage.Round2Review);
        var (reviewer, reviewerToken) = await RoundApp.SignInAsync(app.InWindow, RoundApp.Reviewer);
        var (outsider, outsiderToken) = await RoundApp.SignInAsync(app.InWindow, RoundApp.OtherReviewer);
        using var ___ = reviewer;
        using var ____ = outsider;
        var open = (await reviewer.GetFromJsonAsync<List<ObjectionItem>>(new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/objections?status=open", UriKind.Relative)))!;
        var item = Assert.Single(open, i => i.Objection.Id == objection.Id);
        Assert.True(item.CanAnswer);
        Assert.Empty((await outsider.GetFromJsonAsync<List<ObjectionItem>>(new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/objections", UriKind.Relative)))!);
        using var badFilter = await reviewer.GetAsync(new Uri($"/api/v1/campaigns/{app.Ids.CampaignId}/objections?status=x", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);

        var answer = $"/api/v1/objections/{objection.Id}/answer";
        using var notTheirs = await RoundApp.PostAsync(outsider, outsiderToken, answer, new { accept = true, newPoints = 0, reason = "Ngoài phạm vi", version = item.Objection.Version });
        using var ownUnit = await RoundApp.PostAsync(head, headToken, answer, new { accept = true, newPoints = 0, reason = "Của mình", version = item.Objection.Version });
        using var tooHigh = await RoundApp.PostAsync(reviewer, reviewerToken, answer, new { accept = true, newPoints = item.MaxPoints + 1, reason = "Quá", version = item.Objection.Version });
        using var accepted = await RoundApp.PostAsync(reviewer, reviewerToken, answer, new { accept = true, newPoints = item.MaxPoints, reason = "Quyết định hợp lệ, trong kỳ đánh giá.", version = item.Objection.Version });
        using var second = await RoundApp.PostAsync(reviewer, reviewerToken, answer, new { accept = false, reason = "Trả lời lần hai", version = item.Objection.Version });

        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ownUnit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("chấp nhận, điểm mới", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await reporter.GetStringAsync(new Uri(Page, UriKind.Relative)));
        Assert.Contains("Vòng 2: chấp nhận", page, StringComparison.Ordinal);
        Assert.Contains("Quyết định hợp lệ, trong kỳ đánh giá.", page, StringComparison.Ordinal);
        var list = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri($"/campaigns/{app.Ids.CampaignId}/objections?status=answered", UriKind.Relative)));
        Assert.Contains(Explanation, list, StringComparison.Ordinal);
        await using (var db = app.NewContext())
        {
            var unitTold = await db.Set<Notification>().Where(n => n.Title == "Ý kiến về tiêu chí 1.1 đã được trả lời")
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.Email).ToListAsync();
            Assert.Contains(RoundApp.Head, unitTold);
            Assert.Contains(RoundApp.Reporter, unitTold);
        }
    }

    private static string DocumentText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}
