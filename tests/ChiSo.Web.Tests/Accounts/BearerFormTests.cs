using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Accounts;

/// <summary>
/// The form endpoints under /api/v1 (evidence upload, citation, removal, sign-off) with a bearer token and nothing
/// else: no cookie, no antiforgery token. A cookie caller still needs the token.
/// </summary>
public sealed class BearerFormTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    [Fact]
    public async Task Bearer_UploadCiteRemoveAndSignOff_WithoutAntiforgery()
    {
        var (submission, date) = await SubmissionAsync();
        using var reporter = app.Bearer(await ApiTokenTests.CreateAsync(app, "baocao@demo.chiso.vn", "Đồng bộ minh chứng"));
        using var head = app.Bearer(await ApiTokenTests.CreateAsync(app, "thutruong@demo.chiso.vn", "Ký nộp"));

        using var uploaded = await PostAsync(reporter, $"/api/v1/submissions/{submission}/criteria/1.3/evidence/files", File());
        using var cited = await PostAsync(reporter, $"/api/v1/submissions/{submission}/criteria/1.3/evidence/citations", Fields(new()
        {
            ["number"] = "77/QĐ-TOKEN", ["date"] = date, ["summary"] = "Kế hoạch chuyển đổi số", ["signer"] = "Nguyễn Văn A",
        }));
        await using (var db = app.NewContext())
        {
            var file = await db.Evidence.AsNoTracking().SingleAsync(e => e.SubmissionId == submission && e.FileName == "bang-chung.pdf");
            using var removed = await PostAsync(reporter, $"/api/v1/submissions/{submission}/evidence/{file.Id}/remove", Fields(new() { ["reason"] = "Nhầm tệp" }));
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        using var signed = await PostAsync(head, $"/api/v1/submissions/{submission}/submit", Fields(new() { ["confirm"] = "on" }));
        await using var after = app.NewContext();

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cited.StatusCode);
        Assert.True(await after.Evidence.AnyAsync(e => e.SubmissionId == submission && e.DocumentNumber == "77/QĐ-TOKEN"));
        Assert.False(await after.Evidence.AnyAsync(e => e.SubmissionId == submission && e.FileName == "bang-chung.pdf"));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(SubmissionStatus.Submitted, (await after.Submissions.SingleAsync(s => s.Id == submission)).Status);
    }

    [Fact]
    public async Task Cookie_CitationWithoutAntiforgeryToken_Refused400AndNothingStored()
    {
        var (submission, date) = await SubmissionAsync();
        using var reporter = await app.SignInAsync("baocao@demo.chiso.vn");

        using var cited = await PostAsync(reporter, $"/api/v1/submissions/{submission}/criteria/1.3/evidence/citations", Fields(new()
        {
            ["number"] = "78/QĐ-COOKIE", ["date"] = date, ["summary"] = "Kế hoạch", ["signer"] = "Nguyễn Văn B",
        }));
        await using var db = app.NewContext();

        Assert.Equal(HttpStatusCode.BadRequest, cited.StatusCode);
        Assert.False(await db.Evidence.AnyAsync(e => e.DocumentNumber == "78/QĐ-COOKIE"));
    }

    /// <summary>The reporter's submission, and a citation date inside its campaign year and not in the future.</summary>
    private async Task<(int Submission, string Date)> SubmissionAsync()
    {
        await using var db = app.NewContext();
        var ids = await DemoIds.ReadAsync(db);
        var year = await db.Campaigns.Where(c => c.Id == ids.CampaignId).Select(c => c.Year).SingleAsync();
        return (ids.OwnSubmissionId, new DateOnly(year, 1, 15).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
    }

    private static MultipartFormDataContent File()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Evidence.Uploads.TinyPdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "bang-chung.pdf");
        return form;
    }

    private static MultipartFormDataContent Fields(Dictionary<string, string> fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, MultipartFormDataContent form)
    {
        using (form)
        {
            return await client.PostAsync(new Uri(path, UriKind.Relative), form);
        }
    }
}
