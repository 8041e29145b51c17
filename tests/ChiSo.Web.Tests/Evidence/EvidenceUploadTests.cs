using System.Net;
using System.Security.Cryptography;
using ChiSo.Web.Tests.Support;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Submitting;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Evidence;

[Collection(ClockedAppGroup.Name)]
public class EvidenceUploadTests(ClockedApp app)
{
    private const string Criterion = "1.3";

    [Fact]
    public async Task UploadFile_RealPdf_StoredByHashAndDownloadableBySameUnitOnly()
    {
        var pdf = Uploads.TinyPdf("upload-and-download");
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var upload = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, pdf, "Quyết định 922 ký số.pdf", token);
        var row = await RowAsync(sha);
        var (head, _) = await app.SignInAsync(app.InWindow, "thutruong@demo.chiso.vn");
        using var __ = head;
        using var download = await head.GetAsync(new Uri($"/api/v1/submissions/{app.SubmissionId}/evidence/{row!.Id}/file", UriKind.Relative));
        var (stranger, _) = await app.SignInAsync(app.InWindow, await OtherUnitAccount.EnsureAsync(app.InWindow.Services));
        using var ___ = stranger;
        using var foreign = await stranger.GetAsync(new Uri($"/api/v1/submissions/{app.SubmissionId}/evidence/{row.Id}/file", UriKind.Relative));
        using var anonymous = app.InWindow.CreateClient();
        using var nobody = await anonymous.GetAsync(new Uri($"/api/v1/submissions/{app.SubmissionId}/evidence/{row.Id}/file", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(("application/pdf", pdf.LongLength, "Quyết định 922 ký số.pdf", "baocao@demo.chiso.vn"), (row.ContentType, row.Size!.Value, row.FileName, row.AddedBy));
        Assert.True(File.Exists(Path.Combine(app.EvidenceFolder, sha[..2], sha[2..4], sha)));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        // RFC 6266/5987: the UTF-8 name travels percent-encoded in filename*, never raw in the header.
        Assert.Equal("Quyết định 922 ký số.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition.DispositionType);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
    }

    [Fact]
    public async Task UploadFile_ProgramRenamedToPdf_Refused415WithTheReason()
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, Uploads.FakeExe(), "bao-cao.pdf", token);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("chương trình chạy được", text, StringComparison.Ordinal);
        Assert.Null(await RowAsync(Convert.ToHexStringLower(SHA256.HashData(Uploads.FakeExe()))));
    }

    [Fact]
    public async Task UploadFile_ZipWithoutContentTypes_Refused415WithTheReason()
    {
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, Uploads.TinyDocx(withContentTypes: false), "bien-ban.docx", token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("không phải tài liệu Word hay Excel", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadFile_OverTheLimit_Refused413WithTheReason()
    {
        var big = new byte[ClockedApp.MaxBytes + 1];
        Uploads.TinyPdf().CopyTo(big, 0);
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, big, "lon.pdf", token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("vượt giới hạn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadFile_SameContentTwice_TwoRowsOneStoredFile()
    {
        var docx = Uploads.TinyDocx();
        var sha = Convert.ToHexStringLower(SHA256.HashData(docx));
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var first = await Uploads.UploadAsync(reporter, app.SubmissionId, "1.2", docx, "a.docx", token, "application/octet-stream");
        using var second = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, docx, "b.docx", token, "application/octet-stream");
        await using var db = app.NewContext();
        var rows = await db.Evidence.Where(e => e.Sha256 == sha).ToListAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", r.ContentType));
        Assert.Single(Directory.GetFiles(app.EvidenceFolder, sha, SearchOption.AllDirectories));
    }

    [Fact]
    public async Task UploadFile_PathInTheName_KeptAsALabelNeverAsAPath()
    {
        var text = "Báo cáo tổng kết chuyển đổi số năm 2025\n"u8.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(text));
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, text, "../../../tmp/x/bao-cao.txt", token, "text/plain");
        var row = await RowAsync(sha);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("bao-cao.txt", "text/plain; charset=utf-8"), (row!.FileName, row.ContentType));
        Assert.True(File.Exists(Path.Combine(app.EvidenceFolder, sha[..2], sha[2..4], sha)));
        Assert.Empty(Directory.GetFiles(app.EvidenceFolder, "bao-cao.txt", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(app.EvidenceFolder, "tmp")));
    }

    [Fact]
    public async Task UploadFile_OrganiserOrWithoutToken_Refused()
    {
        var (organiser, token) = await app.SignInAsync(app.InWindow, "tochuc@demo.chiso.vn");
        using var _ = organiser;
        var (reporter, _) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var __ = reporter;

        using var notTheirs = await Uploads.UploadAsync(organiser, app.SubmissionId, Criterion, Uploads.TinyPdf("organiser"), "x.pdf", token);
        using var noToken = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, Uploads.TinyPdf("no-token"), "x.pdf", "not-a-token");
        using var anonymous = app.InWindow.CreateClient();
        using var nobody = await Uploads.UploadAsync(anonymous, app.SubmissionId, Criterion, Uploads.TinyPdf("anonymous"), "x.pdf", token);

        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
    }

    [Fact]
    public async Task RemoveEvidence_Reporter_RowGoneAndBothEventsAudited()
    {
        var pdf = Uploads.TinyPdf("remove-me");
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;
        using var upload = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, pdf, "xoa.pdf", token);
        var row = await RowAsync(Convert.ToHexStringLower(SHA256.HashData(pdf)));

        using var removed = await Uploads.PostFormAsync(
            reporter, $"/api/v1/submissions/{app.SubmissionId}/evidence/{row!.Id}/remove", token, new() { ["reason"] = "Tải nhầm tệp" });
        await using var db = app.NewContext();
        var id = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var events = await db.AuditEvents.Where(e => e.EntityType == "Evidence" && e.EntityId == id).OrderBy(e => e.Id).ToListAsync();

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.False(await db.Evidence.AnyAsync(e => e.Id == row.Id));
        Assert.Equal(["evidence.added", "evidence.removed"], events.Select(e => e.Action));
        Assert.Equal("Tải nhầm tệp", events[1].Reason);
    }

    private async Task<Data.Submissions.Evidence?> RowAsync(string sha)
    {
        await using var db = app.NewContext();
        return await db.Evidence.AsNoTracking().OrderBy(e => e.Id).FirstOrDefaultAsync(e => e.Sha256 == sha && e.Kind == EvidenceKind.File);
    }
}
