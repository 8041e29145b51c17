using System.Net;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Submitting;

[Collection(ClockedAppGroup.Name)]
public class SubmitPageTests(ClockedApp app)
{
    private string PagePath => $"/campaigns/{app.CampaignId}/units/{app.OwnUnitId}/submit";

    [Fact]
    public async Task SubmitPage_HeadPostsTheForm_SubmittedWithAMessage()
    {
        // The demo grants this unit an extension; the deadline shown must be the campaign's own (whatever ran before).
        await app.RemoveExtensionsAsync();
        var (head, _) = await app.SignInAsync(app.InWindow, "thutruong@demo.chiso.vn");
        using var __ = head;
        var page = WebUtility.HtmlDecode(await head.GetStringAsync(new Uri(PagePath, UriKind.Relative)));
        try
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "submit", ["__RequestVerificationToken"] = Browser.TokenIn(page), ["confirm"] = "on",
            });
            using var response = await head.PostAsync(new Uri(PagePath, UriKind.Relative), form);
            var after = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            await using var db = app.NewContext();

            Assert.Contains("31/03/2026", page, StringComparison.Ordinal);
            Assert.Contains("<button type=\"submit\" class=\"primary\">Ký nộp hồ sơ</button>", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Đã ký nộp hồ sơ.", after, StringComparison.Ordinal);
            Assert.Equal(SubmissionStatus.Submitted, await db.Submissions.Where(s => s.Id == app.SubmissionId).Select(s => s.Status).SingleAsync());
        }
        finally
        {
            await using var db = app.NewContext();
            await db.Submissions.Where(s => s.Id == app.SubmissionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SubmissionStatus.Draft));
        }
    }

    [Fact]
    public async Task SubmitPage_ReporterAndAnotherUnit_NoButton()
    {
        var (reporter, _) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;
        var (stranger, _) = await app.SignInAsync(app.InWindow, await OtherUnitAccount.EnsureAsync(app.InWindow.Services));
        using var __ = stranger;

        var page = WebUtility.HtmlDecode(await reporter.GetStringAsync(new Uri(PagePath, UriKind.Relative)));
        using var foreign = await stranger.GetAsync(new Uri(PagePath, UriKind.Relative));

        Assert.Contains("Chỉ thủ trưởng đơn vị mới được ký nộp hồ sơ.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<button type=\"submit\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }
}
