using System.Net;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Setup;
using ChiSo.Web.Tests.Support;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Workbooks;

[Collection(SharedApp.Name)]
public class WorkbookApiTests(WebAppFactory factory)
{
    [Theory]
    [InlineData("baocao@demo.chiso.vn", HttpStatusCode.OK)]
    [InlineData("thutruong@demo.chiso.vn", HttpStatusCode.OK)]
    [InlineData("tochuc@demo.chiso.vn", HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Download_OwnUnitOrganiserAnonymous_AsExpected(string? email, HttpStatusCode expected)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, email);

        var response = await browser.Client.GetAsync(new Uri($"/api/v1/submissions/{ids.OwnSubmissionId}/workbook", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
        }
    }

    [Fact]
    public async Task Download_AnotherUnitsSubmission_Forbidden()
    {
        var other = await OtherSubmissionAsync();
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");

        var response = await browser.Client.GetAsync(new Uri($"/api/v1/submissions/{other}/workbook", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("tochuc@demo.chiso.vn", false, HttpStatusCode.Forbidden)]
    [InlineData("lanhdao@demo.chiso.vn", false, HttpStatusCode.Forbidden)]
    [InlineData("baocao@demo.chiso.vn", true, HttpStatusCode.Forbidden)]
    [InlineData(null, false, HttpStatusCode.Unauthorized)]
    public async Task Preview_NotTheUnitsReporterOrHead_Refused(string? email, bool otherUnit, HttpStatusCode expected)
    {
        var ids = await DemoIds.ReadAsync(factory);
        var submission = otherUnit ? await OtherSubmissionAsync() : ids.OwnSubmissionId;
        byte[] file;
        using (var owner = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn"))
        {
            file = WorkbookClient.Bytes(await WorkbookClient.DownloadAsync(owner, ids));
        }

        using var browser = await ApiCalls.AsAsync(factory, email);

        var response = await PreviewAsync(browser, submission, file, email is null ? "none" : null);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Preview_BadCell_ListsItWithSheetReferenceAndSavesNothing()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");
        using var workbook = await WorkbookClient.DownloadAsync(browser, ids);
        var cell = WorkbookClient.ValueCell(workbook, "4.2", "da_tap_huan");
        cell.Value = "mười hai";
        var before = await StoredAsync(ids, "4.2", "da_tap_huan");

        var response = await PreviewAsync(browser, ids.OwnSubmissionId, WorkbookClient.Bytes(workbook));
        var preview = await ApiCalls.JsonAsync(response);
        var errors = preview.GetProperty("errors").EnumerateArray().ToList();
        var apply = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/submissions/{ids.OwnSubmissionId}/workbook/preview/{preview.GetProperty("token").GetString()}/apply");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(preview.GetProperty("canApply").GetBoolean());
        var error = Assert.Single(errors);
        Assert.Equal("'Nhập liệu'!" + cell.Address.ToString(), error.GetProperty("cell").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("vi").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("en").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, apply.StatusCode);
        var after = await StoredAsync(ids, "4.2", "da_tap_huan");
        Assert.Equal((before?.Number, before?.Version), (after?.Number, after?.Version));
    }

    [Fact]
    public async Task PreviewThenApply_OneChange_ListedOldToNewAndSaved()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");
        using var workbook = await WorkbookClient.DownloadAsync(browser, ids);
        var cell = WorkbookClient.ValueCell(workbook, "4.2", "da_tap_huan");
        var newValue = (cell.IsEmpty() ? 0 : cell.GetDouble()) + 5;
        cell.Value = newValue;

        var preview = await ApiCalls.JsonAsync(await PreviewAsync(browser, ids.OwnSubmissionId, WorkbookClient.Bytes(workbook)));
        var change = Assert.Single(preview.GetProperty("changes").EnumerateArray().ToList());
        var apply = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/submissions/{ids.OwnSubmissionId}/workbook/preview/{preview.GetProperty("token").GetString()}/apply");
        var saved = await StoredAsync(ids, "4.2", "da_tap_huan");

        Assert.Equal(("4.2", "da_tap_huan"), (change.GetProperty("criterion").GetString(), change.GetProperty("input").GetString()));
        Assert.Equal("'Nhập liệu'!" + cell.Address.ToString(), change.GetProperty("cell").GetString());
        Assert.Equal(newValue.ToString("#,##0.######", ChiSo.Web.Features.Shared.Localization.Vietnamese), change.GetProperty("new").GetString());
        Assert.True(preview.GetProperty("canApply").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, apply.StatusCode);
        Assert.Equal(1, (await ApiCalls.JsonAsync(apply)).GetProperty("saved").GetInt32());
        Assert.Equal(newValue, saved!.Number);
        Assert.Equal("baocao@demo.chiso.vn", saved.EnteredBy);
    }

    [Fact]
    public async Task Apply_ValueChangedSincePreview_Conflict409AndLaterValueKept()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");
        byte[] Changed(XLWorkbook workbook, double value)
        {
            WorkbookClient.ValueCell(workbook, "4.2", "da_tap_huan").Value = value;
            return WorkbookClient.Bytes(workbook);
        }

        using var firstBook = await WorkbookClient.DownloadAsync(browser, ids);
        var cell = WorkbookClient.ValueCell(firstBook, "4.2", "da_tap_huan");
        var start = cell.IsEmpty() ? 0 : cell.GetDouble();
        var first = await ApiCalls.JsonAsync(await PreviewAsync(browser, ids.OwnSubmissionId, Changed(firstBook, start + 7)));

        // ClosedXML saves a workbook once: the second file starts from a fresh download.
        using var secondBook = await WorkbookClient.DownloadAsync(browser, ids);
        var second = await ApiCalls.JsonAsync(await PreviewAsync(browser, ids.OwnSubmissionId, Changed(secondBook, start + 8)));

        var applySecond = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/submissions/{ids.OwnSubmissionId}/workbook/preview/{second.GetProperty("token").GetString()}/apply");
        var applyFirst = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/submissions/{ids.OwnSubmissionId}/workbook/preview/{first.GetProperty("token").GetString()}/apply");

        Assert.Equal(HttpStatusCode.OK, applySecond.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, applyFirst.StatusCode);
        Assert.Equal(start + 8, (await StoredAsync(ids, "4.2", "da_tap_huan"))!.Number);
    }

    [Fact]
    public async Task Apply_AnotherUsersToken_NotFoundForTheHeadAndNothingSaved()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var reporter = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");
        using var workbook = await WorkbookClient.DownloadAsync(reporter, ids);
        var cell = WorkbookClient.ValueCell(workbook, "4.2", "da_tap_huan");
        cell.Value = (cell.IsEmpty() ? 0 : cell.GetDouble()) + 11;
        var preview = await ApiCalls.JsonAsync(await PreviewAsync(reporter, ids.OwnSubmissionId, WorkbookClient.Bytes(workbook)));
        var before = await StoredAsync(ids, "4.2", "da_tap_huan");
        using var head = await ApiCalls.AsAsync(factory, "thutruong@demo.chiso.vn");

        var response = await ApiCalls.SendAsync(head, HttpMethod.Post, $"/api/v1/submissions/{ids.OwnSubmissionId}/workbook/preview/{preview.GetProperty("token").GetString()}/apply");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before?.Version, (await StoredAsync(ids, "4.2", "da_tap_huan"))?.Version);
    }

    private static async Task<HttpResponseMessage> PreviewAsync(Browser browser, int submissionId, byte[] file, string? token = null)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "don-vi.xlsx" } };
        return await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/submissions/{submissionId}/workbook/preview", form, token);
    }

    private async Task<int> OtherSubmissionAsync()
    {
        var ids = await DemoIds.ReadAsync(factory);
        await using var db = factory.NewContext();
        return await db.Submissions.Where(s => s.CampaignId == ids.CampaignId && s.UnitId == ids.OtherUnitId).Select(s => s.Id).SingleAsync();
    }

    private async Task<InputValue?> StoredAsync(DemoIds ids, string criterion, string input)
    {
        await using var db = factory.NewContext();
        return await db.InputValues.AsNoTracking().SingleOrDefaultAsync(v => v.SubmissionId == ids.OwnSubmissionId && v.Round == Rounds.Self && v.CriterionCode == criterion && v.InputId == input);
    }
}
