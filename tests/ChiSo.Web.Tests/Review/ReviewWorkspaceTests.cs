using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Review;

public sealed class ReviewWorkspaceTests(ReviewApp app) : IClassFixture<ReviewApp>
{
    [Fact]
    public async Task TwoReviewers_SameCriterion_TheSecondIsToldAndSeesBothPoints_ThroughTheApiAndThePage()
    {
        var (a, tokenA) = await app.SignInAsync(ReviewApp.ReviewerA);
        var (b, tokenB) = await app.SignInAsync(ReviewApp.ReviewerB);
        using var _a = a;
        using var _b = b;
        var unit = $"/api/v1/campaigns/{app.Ids.CampaignId}/review/units/{app.Ids.OtherUnitId}";
        var seen = await b.Client.GetFromJsonAsync<JsonElement>(new Uri(unit, UriKind.Relative));
        var c12 = seen.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "1.2");
        Assert.Equal(JsonValueKind.Null, c12.GetProperty("version").ValueKind);

        using var first = await PostAsync(a, tokenA, $"/api/v1/submissions/{app.OtherSubmissionId}/review/points", new { criterion = "1.2", points = 0, reason = "Không có văn bản kèm theo.", version = (int?)null });
        using var second = await PostAsync(b, tokenB, $"/api/v1/submissions/{app.OtherSubmissionId}/review/points", new { criterion = "1.2", points = 0.5, reason = "Văn bản chưa ký.", version = (int?)null });
        var conflict = await second.Content.ReadFromJsonAsync<JsonElement>();
        var page = await b.PageAsync($"/campaigns/{app.Ids.CampaignId}/review/units/{app.Ids.OtherUnitId}");
        using var posted = await b.Client.PostAsync(new Uri($"/campaigns/{app.Ids.CampaignId}/review/units/{app.Ids.OtherUnitId}", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "review", ["__RequestVerificationToken"] = Browser.TokenIn(page), ["save"] = "1.2", ["points:1.2"] = "0,5", ["reason:1.2"] = "Văn bản chưa ký.", ["version:1.2"] = "",
        }));
        var shown = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(0, conflict.GetProperty("stored").GetProperty("points").GetDouble());
        Assert.Equal(ReviewApp.ReviewerA, conflict.GetProperty("stored").GetProperty("reviewedBy").GetString());
        Assert.Equal("Không có văn bản kèm theo.", conflict.GetProperty("stored").GetProperty("reason").GetString());
        Assert.Equal(0.5, conflict.GetProperty("attempted").GetProperty("points").GetDouble());
        Assert.Contains("thamdinh@demo.chiso.vn", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Without script: the page answers 409, shows the stored points with who and why, and keeps the reviewer's own in the form.
        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.Contains("Điểm đã lưu:</strong> 0 — thamdinh@demo.chiso.vn", shown, StringComparison.Ordinal);
        Assert.Contains("Không có văn bản kèm theo.", shown, StringComparison.Ordinal);
        Assert.Contains("Điểm của bạn (chưa lưu):</strong> 0,5 — Văn bản chưa ký.", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"0,5\"", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavePoints_DifferentFromTheRuleWithoutReason_Is400InVietnamese_AndCookieCallsNeedTheToken()
    {
        var (a, token) = await app.SignInAsync(ReviewApp.ReviewerA);
        using var _ = a;
        var body = new { criterion = "1.1", points = 0.25, reason = "", version = (int?)null };

        using var noReason = await PostAsync(a, token, $"/api/v1/submissions/{app.Ids.OwnSubmissionId}/review/points", body);
        using var noToken = await PostAsync(a, null, $"/api/v1/submissions/{app.Ids.OwnSubmissionId}/review/points", body with { reason = "Thử" });
        var problem = await noReason.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("hãy ghi lý do", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [Fact]
    public async Task UnitPage_ShowsInputsPointsAndEvidence_AndGarbageFiltersAre400()
    {
        var (a, _) = await app.SignInAsync(ReviewApp.ReviewerA);
        using var _a = a;
        var path = $"/campaigns/{app.Ids.CampaignId}/review/units/{app.Ids.OwnUnitId}";

        var page = await a.PageAsync(path + "?filter=no-evidence");
        var all = await a.PageAsync(path);
        using var garbage = await a.Client.GetAsync(new Uri(path + "?filter=%3Cscript%3E", UriKind.Relative));
        var refusal = WebUtility.HtmlDecode(await garbage.Content.ReadAsStringAsync());

        Assert.Contains("Tự đánh giá", all, StringComparison.Ordinal);
        Assert.Contains("Theo quy tắc", all, StringComparison.Ordinal);
        Assert.Contains($"href=\"/campaigns/{app.Ids.CampaignId}/review/evidence/{app.PdfId}\" target=\"_blank\"", all, StringComparison.Ordinal);
        Assert.Contains("Chấp nhận điểm theo quy tắc cho các tiêu chí đã chọn", all, StringComparison.Ordinal);
        // Criterion 1.1 has evidence: the no-evidence filter leaves it out.
        Assert.Contains("data-criterion=\"1.1\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("data-criterion=\"1.1\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("Bộ lọc không hợp lệ", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_PdfOpensInlineSandboxed_TextDownloads_ReporterOfAnotherUnitIsRefused()
    {
        var (a, _) = await app.SignInAsync(ReviewApp.ReviewerA);
        using var _a = a;
        var other = new Browser(app.Factory);
        using var _o = other;
        await other.SignInAsync(await OtherUnitAccount.EnsureAsync(app.Factory.Services));

        using var pdf = await a.Client.GetAsync(new Uri($"/campaigns/{app.Ids.CampaignId}/review/evidence/{app.PdfId}", UriKind.Relative));
        using var text = await a.Client.GetAsync(new Uri($"/campaigns/{app.Ids.CampaignId}/review/evidence/{app.TextId}", UriKind.Relative));
        using var refused = await other.Client.GetAsync(new Uri($"/campaigns/{app.Ids.CampaignId}/review/evidence/{app.PdfId}", UriKind.Relative));
        using var workspace = await other.Client.GetAsync(new Uri($"/campaigns/{app.Ids.CampaignId}/review/units/{app.Ids.OwnUnitId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("sandbox", pdf.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", pdf.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", text.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, workspace.StatusCode);
    }

    [Fact]
    public async Task AcceptForm_WithoutScript_AcceptsTheSelectedCriteria_AndTheListCountsThem()
    {
        var (b, _) = await app.SignInAsync(ReviewApp.ReviewerB);
        using var _b = b;
        var path = $"/campaigns/{app.Ids.CampaignId}/review/units/{app.Ids.OwnUnitId}";
        var page = await b.PageAsync(path);
        var offered = System.Text.RegularExpressions.Regex.Matches(page, "name=\"accept\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var form = new List<KeyValuePair<string, string>> { new("_handler", "accept"), new("__RequestVerificationToken", Browser.TokenIn(page)) };
        form.AddRange(offered.Take(3).Select(code => new KeyValuePair<string, string>("accept", code)));

        using var posted = await b.Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form));
        var list = await b.PageAsync($"/campaigns/{app.Ids.CampaignId}/review");

        Assert.True(offered.Count >= 3, $"Only {offered.Count} criteria offered for acceptance.");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("accepted=3", posted.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Matches(">Sở Khoa học và Công nghệ</a></td>\\s*<td>[^<]*</td>\\s*<td class=\"num\">[3-9] / ", list);
    }

    [Fact]
    public async Task ReviewersApi_OnlyReviewers_NeverTheirOwnUnit_AndReportersAreRefused()
    {
        var (organiser, token) = await app.SignInAsync("tochuc@demo.chiso.vn");
        var (reporter, reporterToken) = await app.SignInAsync("baocao@demo.chiso.vn");
        using var _o = organiser;
        using var _r = reporter;
        var path = $"/api/v1/campaigns/{app.Ids.CampaignId}/reviewers";

        using var notReviewer = await PostAsync(organiser, token, path, new { user = "baocao@demo.chiso.vn", unitId = app.Ids.OtherUnitId });
        using var byReporter = await PostAsync(reporter, reporterToken, path, new { user = ReviewApp.ReviewerB });
        using var workspace = await reporter.Client.GetAsync(new Uri($"/campaigns/{app.Ids.CampaignId}/review", UriKind.Relative));
        var listed = await organiser.Client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, notReviewer.StatusCode);
        Assert.Contains("không có vai trò Thành viên Hội đồng thẩm định", (await notReviewer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, workspace.StatusCode);
        Assert.Contains(listed.EnumerateArray(), a => a.GetProperty("email").GetString() == ReviewApp.ReviewerB);
    }

    private static async Task<HttpResponseMessage> PostAsync(Browser browser, string? token, string path, object body)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            message.Headers.Add("RequestVerificationToken", token);
        }

        return await browser.Client.SendAsync(message);
    }
}
