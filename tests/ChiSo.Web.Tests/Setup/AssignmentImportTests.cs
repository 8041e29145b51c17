using System.Net;
using ChiSo.Web.Tests.Support;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Setup;

[Collection(SharedApp.Name)]
public class AssignmentImportTests(WebAppFactory factory)
{
    [Fact]
    public async Task Upload_UnknownCodes_RefusedWithRowNumbersAndNothingSaved()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ thử phân công sai 2026");

        var response = await UploadAsync(browser, id, ("1.2", "Sở Nội vụ", ""), ("9.9", "Sở Tư pháp", ""), ("1.3", "Sở Tài chính", "Sở Nội vụ"), ("X", "Sở Y tế", ""));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        await using var db = factory.NewContext();

        // Row 1 is the header: 9.9 is on row 3 and X on row 5.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dòng 3 (9.9); dòng 5 (X)", page, StringComparison.Ordinal);
        Assert.False(await db.CriterionAssignments.AnyAsync(a => a.CampaignId == id));
    }

    [Fact]
    public async Task Upload_KnownCodes_SavedWithContributingAgencies()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ thử phân công đúng 2026");

        var response = await UploadAsync(browser, id, ("1.2", "Sở Nội vụ", ""), ("1.3", "Sở Tài chính", "Sở Nội vụ; Văn phòng Ủy ban nhân dân tỉnh"));
        await using var db = factory.NewContext();
        var saved = await db.CriterionAssignments.Where(a => a.CampaignId == id).OrderBy(a => a.CriterionCode).ToListAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["1.2", "1.3"], saved.Select(a => a.CriterionCode));
        Assert.Equal("Sở Tài chính", saved[1].LeadAgency);
        Assert.Equal("Sở Nội vụ\nVăn phòng Ủy ban nhân dân tỉnh", saved[1].ContributingAgencies);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "import-assignments" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task TableForm_OneCriterion_Saved()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ thử phân công bảng 2026");

        var response = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/assignments", "assign", new Dictionary<string, string>
        {
            ["code-0"] = "1.2", ["lead-0"] = "Sở Khoa học và Công nghệ", ["contributing-0"] = "Sở Nội vụ",
        });
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await db.CriterionAssignments.SingleAsync(a => a.CampaignId == id);
        Assert.Equal(("1.2", "Sở Khoa học và Công nghệ", "Sở Nội vụ"), (row.CriterionCode, row.LeadAgency, row.ContributingAgencies));
    }

    [Fact]
    public async Task TableForm_LeadAgencyLongerThanTheLimit_RefusedAndNothingSaved()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ thử phân công quá dài 2026");

        var response = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/assignments", "assign", new Dictionary<string, string>
        {
            ["code-0"] = "1.2", ["lead-0"] = new string('S', 100_000), ["contributing-0"] = "Sở Nội vụ",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cơ quan chủ trì của tiêu chí 1.2 quá dài", page, StringComparison.Ordinal);
        Assert.False(await db.CriterionAssignments.AnyAsync(a => a.CampaignId == id));
    }

    private static async Task<HttpResponseMessage> UploadAsync(Browser browser, int campaignId, params (string Code, string Lead, string Others)[] rows)
    {
        var path = $"/setup/campaigns/{campaignId}/assignments";
        var token = Browser.TokenIn(await browser.PageAsync(path));
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Phân công");
        (sheet.Cell(1, 1).Value, sheet.Cell(1, 2).Value, sheet.Cell(1, 3).Value) = ("Mã tiêu chí", "Cơ quan chủ trì", "Cơ quan phối hợp");
        for (var i = 0; i < rows.Length; i++)
        {
            (sheet.Cell(i + 2, 1).Value, sheet.Cell(i + 2, 2).Value, sheet.Cell(i + 2, 3).Value) = (rows[i].Code, rows[i].Lead, rows[i].Others);
        }

        using var bytes = new MemoryStream();
        workbook.SaveAs(bytes);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("upload"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes.ToArray()), "sheet", "phan-cong.xlsx" },
        };
        return await browser.Client.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
