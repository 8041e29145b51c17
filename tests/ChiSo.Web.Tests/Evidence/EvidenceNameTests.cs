using System.Net;
using System.Security.Cryptography;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Tests.Submitting;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Evidence;

/// <summary>Evidence is kept and downloaded under a name whose extension follows its bytes; script and program names are refused.</summary>
[Collection(ClockedAppGroup.Name)]
public class EvidenceNameTests(ClockedApp app)
{
    private const string Criterion = "1.3";

    [Theory]
    [InlineData("Quyet-dinh.pdf.vbs")]
    [InlineData("bao-cao.hta")]
    [InlineData("chay.bat")]
    [InlineData("tool.exe")]
    [InlineData("so-lieu.js")]
    [InlineData("lenh.cmd")]
    [InlineData("cai-dat.ps1")]
    [InlineData("anh.scr")]
    [InlineData("goi.msi")]
    [InlineData("Quyet-dinh.vbs.pdf")]
    [InlineData("Quyet-dinh.pdf.VBS ")]
    public async Task UploadFile_ScriptOrProgramName_Refused415(string fileName)
    {
        var text = System.Text.Encoding.UTF8.GetBytes("MsgBox \"Xin chào\" " + fileName);
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var response = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, text, fileName, token, "text/plain");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("chương trình hoặc mã lệnh", body, StringComparison.Ordinal);
        await using var db = app.NewContext();
        var sha = Convert.ToHexStringLower(SHA256.HashData(text));
        Assert.False(await db.Evidence.AnyAsync(e => e.Sha256 == sha));
    }

    [Fact]
    public async Task UploadFile_TextNamedPdf_KeptAndDownloadedAsTxt()
    {
        var text = "Biên bản họp Ban Chỉ đạo chuyển đổi số — tên giả .pdf\n"u8.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(text));
        var (reporter, token) = await app.SignInAsync(app.InWindow, "baocao@demo.chiso.vn");
        using var _ = reporter;

        using var upload = await Uploads.UploadAsync(reporter, app.SubmissionId, Criterion, text, "Bien-ban.pdf", token);
        await using var db = app.NewContext();
        var row = await db.Evidence.AsNoTracking().FirstAsync(e => e.Sha256 == sha);
        using var download = await reporter.GetAsync(new Uri($"/api/v1/submissions/{app.SubmissionId}/evidence/{row.Id}/file", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal("Bien-ban.txt", row.FileName);
        Assert.Equal("Bien-ban.txt", download.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Theory]
    [InlineData("Quyết định.pdf", "application/pdf", "Quyết định.pdf")]
    [InlineData("anh.JPEG", "image/jpeg", "anh.JPEG")]
    [InlineData("anh.png", "image/jpeg", "anh.jpg")]
    [InlineData("Quyet-dinh.pdf.vbs", "text/plain; charset=utf-8", "Quyet-dinh.pdf.txt")]
    [InlineData("khong-duoi", "application/pdf", "khong-duoi.pdf")]
    [InlineData("Nghị định 45.2020", "application/pdf", "Nghị định 45.2020.pdf")]
    public void ForType_Name_FollowsTheSniffedType(string name, string type, string expected) =>
        Assert.Equal(expected, EvidenceNames.ForType(name, type));
}
