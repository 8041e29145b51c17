using System.Net;
using System.Text.RegularExpressions;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Workbooks;

[Collection(SharedApp.Name)]
public partial class WorkbookRoundTripTests(WebAppFactory factory)
{
    [Fact]
    public async Task Upload_ThreeCellsChanged_PreviewListsExactlyThoseThenApplySavesThem()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        using var workbook = await WorkbookClient.DownloadAsync(browser, ids);
        var trained = WorkbookClient.ValueCell(workbook, "4.2", "da_tap_huan");
        var newTrained = (trained.IsEmpty() ? 0 : trained.GetDouble()) + 3;
        trained.Value = newTrained;
        var head = WorkbookClient.ValueCell(workbook, "1.1", "truong_ban");
        var newHead = head.GetString() == "Phó Giám đốc, Phó Thủ trưởng" ? "Giám đốc, Thủ trưởng cơ quan" : "Phó Giám đốc, Phó Thủ trưởng";
        head.Value = newHead;
        var network = WorkbookClient.ValueCell(workbook, "3.2", "ket_noi_tslcd");
        var newNetwork = network.GetString() == "có" ? "không" : "có";
        network.Value = newNetwork;

        var upload = await WorkbookClient.UploadAsync(browser, ids, WorkbookClient.Bytes(workbook), "don-vi.xlsx");
        var previewPath = upload.Headers.Location!.OriginalString;
        var preview = await browser.PageAsync(previewPath);
        var rows = ChangeRow().Matches(preview).Select(m => m.Groups[1].Value + "/" + m.Groups[2].Value).ToList();
        var fingerprint = Fingerprint().Match(preview).Groups[1].Value;
        var before = await StoredAsync(ids, "4.2", "da_tap_huan");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal(["1.1/truong_ban", "3.2/ket_noi_tslcd", "4.2/da_tap_huan"], rows.Order());
        Assert.Contains(newHead, preview, StringComparison.Ordinal);
        Assert.NotEqual(newTrained, before?.Number);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["fingerprint"] = fingerprint,
            ["__RequestVerificationToken"] = Browser.TokenIn(preview),
        });
        var apply = await browser.Client.PostAsync(new Uri(previewPath + "/apply", UriKind.Relative), form);
        var saved = await StoredAsync(ids, "4.2", "da_tap_huan");

        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        Assert.EndsWith("?saved=3", apply.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(newTrained, saved!.Number);
        Assert.Equal("baocao@demo.chiso.vn", saved.EnteredBy);
        Assert.Equal(before?.Number, saved.PreviousNumber);
        Assert.Equal(newNetwork, (await StoredAsync(ids, "3.2", "ket_noi_tslcd"))!.Text);
        Assert.Equal(newHead.StartsWith("Phó", StringComparison.Ordinal) ? "pho_giam_doc" : "giam_doc", (await StoredAsync(ids, "1.1", "truong_ban"))!.Text);
        await using var db = factory.NewContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "workbook-import" && e.EntityId == ids.OwnSubmissionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Upload_BadNumberAndUnknownOption_PreviewShowsBothCellsAndNothingIsSaved()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        using var workbook = await WorkbookClient.DownloadAsync(browser, ids);
        var number = WorkbookClient.ValueCell(workbook, "4.2", "da_tap_huan");
        number.Value = "mười hai";
        var choice = WorkbookClient.ValueCell(workbook, "1.1", "truong_ban");
        choice.Value = "Chủ tịch xã";
        var before = await StoredAsync(ids, "4.2", "da_tap_huan");

        var upload = await WorkbookClient.UploadAsync(browser, ids, WorkbookClient.Bytes(workbook), "loi.xlsx");
        var previewPath = upload.Headers.Location!.OriginalString;
        var preview = await browser.PageAsync(previewPath);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["fingerprint"] = "anything",
            ["__RequestVerificationToken"] = Browser.TokenIn(preview),
        });
        var apply = await browser.Client.PostAsync(new Uri(previewPath + "/apply", UriKind.Relative), form);
        var after = await StoredAsync(ids, "4.2", "da_tap_huan");

        Assert.Contains($">{number.Address}</td>", preview, StringComparison.Ordinal);
        Assert.Contains($">{choice.Address}</td>", preview, StringComparison.Ordinal);
        Assert.Contains("không phải là số nguyên", preview, StringComparison.Ordinal);
        Assert.Contains("không phải là một lựa chọn", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"fingerprint\"", preview, StringComparison.Ordinal);
        Assert.Contains("?stale=1", apply.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(before?.Version, after?.Version);
    }

    [Fact]
    public async Task Upload_NotAnXlsx_RefusedWithTheReason()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var upload = await WorkbookClient.UploadAsync(browser, ids, "tiêu chí;giá trị\n4.2;12\n"u8.ToArray(), "so-lieu.xlsx");
        var page = await browser.PageAsync(upload.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.EndsWith("?error=not-xlsx", upload.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Tệp không phải là bảng tính Excel .xlsx", page, StringComparison.Ordinal);
    }

    private async Task<InputValue?> StoredAsync(DemoIds ids, string criterion, string input)
    {
        await using var db = factory.NewContext();
        return await db.InputValues.AsNoTracking().SingleOrDefaultAsync(
            v => v.SubmissionId == ids.OwnSubmissionId && v.Round == Rounds.Self && v.CriterionCode == criterion && v.InputId == input);
    }

    [GeneratedRegex("class=\"change-row\" data-criterion=\"([^\"]+)\" data-input=\"([^\"]+)\"")]
    private static partial Regex ChangeRow();

    [GeneratedRegex("name=\"fingerprint\" value=\"([^\"]+)\"")]
    private static partial Regex Fingerprint();
}
