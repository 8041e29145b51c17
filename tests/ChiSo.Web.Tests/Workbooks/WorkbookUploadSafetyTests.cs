using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using ChiSo.Web.Tests.Setup;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Workbooks;

/// <summary>Hostile and damaged workbooks sent to the preview get a Vietnamese refusal through real HTTP, never a 500.</summary>
[Collection(SharedApp.Name)]
public class WorkbookUploadSafetyTests(WebAppFactory factory)
{
    [Fact]
    public async Task Preview_CellBomb_RefusedInVietnamese()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");
        var bomb = Replaced(WorkbookClient.Bytes(await WorkbookClient.DownloadAsync(browser, ids)), "xl/worksheets/sheet1.xml", w =>
        {
            w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (var row = 1; row <= 100_000; row++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{row}\">"));
                for (var column = 0; column < 11; column++)
                {
                    w.Write("<c><v>1</v></c>");
                }

                w.Write("</row>");
            }

            w.Write("</sheetData></worksheet>");
        });

        var response = await PreviewAsync(browser, ids.OwnSubmissionId, bomb);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await ApiCalls.JsonAsync(response);
        var error = Assert.Single(preview.GetProperty("errors").EnumerateArray());
        Assert.Contains("ô dữ liệu", error.GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, preview.GetProperty("changes").GetArrayLength());
    }

    [Theory]
    [InlineData("xl/workbook.xml", "không phải XML <<<", "không phải XML")]
    [InlineData("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>", "DTD")]
    [InlineData("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject\" Target=\"http://127.0.0.1/x\" TargetMode=\"External\"/></Relationships>", "nguồn bên ngoài")]
    [InlineData("[Content_Types].xml", null, "[Content_Types].xml")]
    public async Task Preview_MalformedWorkbook_RefusedInVietnamese(string part, string? content, string expected)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");
        var file = Replaced(WorkbookClient.Bytes(await WorkbookClient.DownloadAsync(browser, ids)), part, content is null ? null : w => w.Write(content));

        var response = await PreviewAsync(browser, ids.OwnSubmissionId, file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single((await ApiCalls.JsonAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Contains(expected, error.GetProperty("vi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadPage_DamagedWorkbook_ShowsThePreviewWithTheReason()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");
        var file = Replaced(WorkbookClient.Bytes(await WorkbookClient.DownloadAsync(browser, ids)), "xl/workbook.xml", w => w.Write("<?xml version=\"1.0\"?><!DOCTYPE x []><x/>"));

        var response = await WorkbookClient.UploadAsync(browser, ids, file, "don-vi.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.PageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("DTD", page, StringComparison.Ordinal);
    }

    /// <summary><paramref name="package"/> with one part replaced by what <paramref name="write"/> writes, or removed when it is null.</summary>
    private static byte[] Replaced(byte[] package, string part, Action<TextWriter>? write)
    {
        var output = new MemoryStream();
        output.Write(package);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)?.Delete();
            if (write is not null)
            {
                using var writer = new StreamWriter(zip.CreateEntry(part, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                write(writer);
            }
        }

        return output.ToArray();
    }

    private static async Task<HttpResponseMessage> PreviewAsync(Browser browser, int submissionId, byte[] file)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "don-vi.xlsx" } };
        return await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/submissions/{submissionId}/workbook/preview", form);
    }
}
