using System.Net;
using ChiSo.Web.Tests.Submitting;

namespace ChiSo.Web.Tests.Evidence;

[Collection(ClockedAppGroup.Name)]
public class EvidencePanelTests(ClockedApp app)
{
    [Fact]
    public async Task EntryPage_AfterUploadAndCitation_ListsBothWithTheForms()
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;
        using var upload = await Uploads.UploadAsync(reporter, app.SubmissionId, "1.1", Uploads.TinyPdf("panel"), "Kế hoạch CĐS.pdf", token);
        using var cite = await Uploads.PostFormAsync(reporter, $"/api/v1/submissions/{app.SubmissionId}/criteria/1.1/evidence/citations", token, new()
        {
            ["number"] = "45/KH-SKHCN", ["date"] = "2025-02-14", ["summary"] = "Kế hoạch chuyển đổi số", ["signer"] = "Trần Thị B",
        });

        var page = WebUtility.HtmlDecode(await reporter.GetStringAsync(new Uri($"/campaigns/{app.CampaignId}/units/{app.OwnUnitId}", UriKind.Relative)));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (upload.StatusCode, cite.StatusCode));
        Assert.Contains(">Kế hoạch CĐS.pdf</a>", page, StringComparison.Ordinal);
        Assert.Contains("Văn bản số 45/KH-SKHCN ngày 14/02/2025", page, StringComparison.Ordinal);
        Assert.Contains("data-evidence-action=\"upload\"", page, StringComparison.Ordinal);
        Assert.Contains("type=\"date\" min=\"2025-01-01\" max=\"2025-12-31\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryPage_AfterTheDeadline_NoUploadForm()
    {
        await app.RemoveExtensionsAsync();
        var (reporter, _) = await app.SignInAsync(app.AfterDeadline, "baocao@demo.chiso.vn");
        using var _ = reporter;

        var page = await reporter.GetStringAsync(new Uri($"/campaigns/{app.CampaignId}/units/{app.OwnUnitId}", UriKind.Relative));

        Assert.Contains("data-evidence ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-evidence-action=\"upload\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PanelAlone_OwnSubmission_OnlyThatCriterionsPanelWithItsForms()
    {
        var (reporter, _) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await reporter.GetAsync(new Uri($"/submissions/{app.SubmissionId}/criteria/1.1/evidence-panel", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<section class=\"evidence-panel\"", html.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"ev-1-1\"", html, StringComparison.Ordinal);
        Assert.Contains("data-evidence-form=\"upload\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitationForm_WithoutScript_StoredAndBackToTheEntryPage()
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;
        var back = $"/campaigns/{app.CampaignId}/units/{app.OwnUnitId}#ev-1-1";

        using var response = await Uploads.PostFormAsync(reporter, $"/api/v1/submissions/{app.SubmissionId}/criteria/1.1/evidence/citations", token, new()
        {
            ["number"] = "46/KH-NOJS", ["date"] = "2025-02-14", ["summary"] = "Kế hoạch", ["signer"] = "Trần Thị B", ["back"] = back,
        });
        using var refused = await Uploads.PostFormAsync(reporter, $"/api/v1/submissions/{app.SubmissionId}/criteria/1.1/evidence/citations", token, new()
        {
            ["number"] = "", ["date"] = "2025-02-14", ["summary"] = "", ["signer"] = "", ["back"] = back,
        });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(back, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("text/html", refused.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("số hiệu văn bản", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{back}\"", page, StringComparison.Ordinal);
    }
}
