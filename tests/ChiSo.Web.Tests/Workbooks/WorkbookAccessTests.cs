using System.Net;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Workbooks;

[Collection(SharedApp.Name)]
public class WorkbookAccessTests(WebAppFactory factory)
{
    [Fact]
    public async Task Download_OwnUnit_IsAnXlsx()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var response = await browser.Client.GetAsync(new Uri(WorkbookClient.Page(ids) + ".xlsx", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task Download_AnotherUnitsUser_Forbidden()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var response = await browser.Client.GetAsync(new Uri(WorkbookClient.Page(ids, ids.OtherUnitId) + ".xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_AnotherUnitsUser_Forbidden()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        using var workbook = await WorkbookClient.DownloadAsync(browser, ids);

        var response = await WorkbookClient.UploadAsync(browser, ids, WorkbookClient.Bytes(workbook), "don-vi.xlsx", ids.OtherUnitId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_Organiser_ForbiddenBecauseEntryIsTheUnitsJob()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var reporter = new Browser(factory);
        await reporter.SignInAsync("baocao@demo.chiso.vn");
        using var workbook = await WorkbookClient.DownloadAsync(reporter, ids);
        using var organiser = new Browser(factory);
        await organiser.SignInAsync("tochuc@demo.chiso.vn");

        var response = await WorkbookClient.UploadAsync(organiser, ids, WorkbookClient.Bytes(workbook), "don-vi.xlsx");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_WithoutToken_Refused()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "a.xlsx" } };

        var response = await browser.Client.PostAsync(new Uri(WorkbookClient.Page(ids) + "/upload", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Download_Anonymous_SentToSignIn()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(new Uri(WorkbookClient.Page(ids) + ".xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
