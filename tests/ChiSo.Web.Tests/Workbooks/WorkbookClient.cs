using System.Net.Http.Headers;
using ChiSo.Files.Collection;
using ChiSo.Web.Tests.Support;
using ClosedXML.Excel;

namespace ChiSo.Web.Tests.Workbooks;

/// <summary>What a user does with the unit workbook: download it, change cells, upload it, follow the preview.</summary>
internal static class WorkbookClient
{
    public static string Page(DemoIds ids, int? unitId = null) => $"/campaigns/{ids.CampaignId}/units/{unitId ?? ids.OwnUnitId}/workbook";

    public static async Task<XLWorkbook> DownloadAsync(Browser browser, DemoIds ids)
    {
        var bytes = await browser.Client.GetByteArrayAsync(new Uri(Page(ids) + ".xlsx", UriKind.Relative));
        return new XLWorkbook(new MemoryStream(bytes));
    }

    public static async Task<HttpResponseMessage> UploadAsync(Browser browser, DemoIds ids, byte[] file, string fileName, int? unitId = null)
    {
        var token = Browser.TokenIn(await browser.PageAsync(Page(ids)));
        using var form = new MultipartFormDataContent();
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await browser.Client.PostAsync(new Uri(Page(ids, unitId) + "/upload", UriKind.Relative), form);
    }

    public static byte[] Bytes(XLWorkbook workbook)
    {
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static IXLCell ValueCell(XLWorkbook workbook, string criterion, string input)
    {
        var sheet = workbook.Worksheet(UnitWorkbookLayout.EntrySheet);
        var row = sheet.RowsUsed().First(r => r.Cell(1).GetString() == criterion && r.Cell(2).GetString() == input);
        return row.Cell(UnitWorkbookLayout.ValueColumn);
    }
}
