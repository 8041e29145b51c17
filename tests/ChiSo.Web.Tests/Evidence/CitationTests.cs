using System.Net;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Submitting;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Evidence;

[Collection(ClockedAppGroup.Name)]
public class CitationTests(ClockedApp app)
{
    [Fact]
    public async Task AddCitation_DateInTheCampaignYear_StoredAsCitation()
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await CiteAsync(reporter, token, "123/QĐ-UBND", "23/11/2025");
        await using var db = app.NewContext();
        var row = await db.Evidence.SingleAsync(e => e.SubmissionId == app.SubmissionId && e.DocumentNumber == "123/QĐ-UBND");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((EvidenceKind.Citation, new DateOnly(2025, 11, 23), "Nguyễn Văn A", "1.3"), (row.Kind, row.DocumentDate, row.Signer, row.CriterionCode));
        Assert.Null(row.Sha256);
    }

    [Theory]
    [InlineData("2024-12-31", "nằm ngoài năm đánh giá 2025")] // the day before the campaign year 2025 starts
    [InlineData("10/01/2026", "nằm ngoài năm đánh giá 2025")] // before the deadline (31/03/2026) but after the year
    [InlineData("2026-04-02", "ở tương lai")] // the fixture's clock says 15/03/2026
    [InlineData("31/02/2025", "dd/MM/yyyy")] // no such day
    public async Task AddCitation_DateOutsideThePeriod_Refused400WithTheReason(string date, string reason)
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await CiteAsync(reporter, token, "9/KH-" + date, date);
        await using var db = app.NewContext();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await db.Evidence.AnyAsync(e => e.DocumentNumber == "9/KH-" + date));
    }

    [Fact]
    public async Task AddCitation_EmptyFields_EveryProblemReported()
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await Uploads.PostFormAsync(
            reporter, $"/api/v1/submissions/{app.SubmissionId}/criteria/1.3/evidence/citations", token, new() { ["date"] = "01/06/2025" });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(text.Contains("số hiệu văn bản", StringComparison.Ordinal), text);
        Assert.Contains("trích yếu", text, StringComparison.Ordinal);
        Assert.Contains("người ký", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCitation_UnknownCriterion_Refused400()
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await CiteAsync(reporter, token, "1/QĐ", "01/06/2025", criterion: "99.9");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<HttpResponseMessage> CiteAsync(HttpClient client, string token, string number, string date, string criterion = "1.3") =>
        Uploads.PostFormAsync(client, $"/api/v1/submissions/{app.SubmissionId}/criteria/{criterion}/evidence/citations", token, new()
        {
            ["number"] = number, ["date"] = date, ["summary"] = "Kế hoạch chuyển đổi số năm 2025", ["signer"] = "Nguyễn Văn A",
        });
}
