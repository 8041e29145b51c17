using System.Net;
using ChiSo.Data.Campaigns;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Submitting;

/// <summary>The demo department campaign's self-assessment closes on 31/03/2026 (DemoSchedule); the late host's clock says 05/04/2026.</summary>
[Collection(ClockedAppGroup.Name)]
public class DeadlineTests(ClockedApp app)
{
    [Fact]
    public async Task SaveValue_AfterTheDeadline_Refused403WithTheReason()
    {
        await app.RemoveExtensionsAsync();
        var (reporter, token) = await app.SignInAsync(app.AfterDeadline, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await SaveAsync(reporter, token, "5");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Đã hết hạn tự đánh giá (31/03/2026)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveValue_AfterTheDeadlineWithAnExtension_Saved()
    {
        await app.RemoveExtensionsAsync();
        await using (var db = app.NewContext())
        {
            db.DeadlineExtensions.Add(new DeadlineExtension
            {
                CampaignId = app.CampaignId, UnitId = app.OwnUnitId, Phase = PhaseKind.SelfAssessment, NewDeadline = new DateOnly(2026, 4, 10),
                Reason = "Sự cố mạng", GrantedBy = "tochuc@demo.chiso.vn",
            });
            await db.SaveChangesAsync();
        }

        try
        {
            var (reporter, token) = await app.SignInAsync(app.AfterDeadline, "baocao@demo.chiso.vn");
            using var _ = reporter;

            using var response = await SaveAsync(reporter, token, "6");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            await app.RemoveExtensionsAsync();
        }
    }

    [Fact]
    public async Task WorkbookUpload_AfterTheDeadline_Refused403WithTheReasonAndThePageOffersNoUpload()
    {
        await app.RemoveExtensionsAsync();
        var (reporter, token) = await app.SignInAsync(app.AfterDeadline, "baocao@demo.chiso.vn");
        using var _ = reporter;
        var workbook = await reporter.GetByteArrayAsync(new Uri($"/api/v1/submissions/{app.SubmissionId}/workbook", UriKind.Relative));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(workbook), "file", "so-lieu.xlsx" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/submissions/{app.SubmissionId}/workbook/preview", UriKind.Relative)) { Content = form };
        request.Headers.Add("RequestVerificationToken", token);

        // Before the one change rule, the preview was offered after the deadline and the apply then blamed "someone else".
        using var response = await reporter.SendAsync(request);
        var page = System.Net.WebUtility.HtmlDecode(await reporter.GetStringAsync(new Uri($"/campaigns/{app.CampaignId}/units/{app.OwnUnitId}/workbook", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Đã hết hạn tự đánh giá (31/03/2026)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("workbook/upload", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadFile_AfterTheDeadline_Refused403()
    {
        await app.RemoveExtensionsAsync();
        var (reporter, token) = await app.SignInAsync(app.AfterDeadline, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await Evidence.Uploads.UploadAsync(reporter, app.SubmissionId, "1.3", Evidence.Uploads.TinyPdf("late"), "muon.pdf", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Đã hết hạn tự đánh giá", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Saves with the current version, whatever earlier tests left: the deadline, not a conflict, is under test.
    private async Task<HttpResponseMessage> SaveAsync(HttpClient client, string token, string value)
    {
        await using var db = app.NewContext();
        var version = await db.InputValues
            .Where(v => v.SubmissionId == app.SubmissionId && v.Round == 0 && v.CriterionCode == "1.3" && v.InputId == "van_ban_ky")
            .Select(v => (int?)v.Version).SingleOrDefaultAsync();
        return await Browser.SaveAsync(client, app.SubmissionId, token, new { criterion = "1.3", input = "van_ban_ky", value, version });
    }
}
