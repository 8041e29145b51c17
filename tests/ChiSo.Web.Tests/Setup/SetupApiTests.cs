using System.Globalization;
using System.Net;
using ChiSo.Web.Tests.Support;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Setup;

[Collection(SharedApp.Name)]
public class SetupApiTests(WebAppFactory factory)
{
    [Fact]
    public async Task SetUpThroughApi_Organiser_CampaignUnitsScheduleAssignmentExtensionSavedAndAudited()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        var id = await ApiCalls.CreateAsync(factory, browser, "Kỳ API đầy đủ 2026");
        var province = await SetupForms.TayNinhAsync(factory);

        var added = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/campaigns/{id}/units", new { level = "Department", parentId = province, groupCode = (string?)null });
        var units = await ApiCalls.JsonAsync(await browser.Client.GetAsync(new Uri($"/api/v1/campaigns/{id}/units", UriKind.Relative)));
        var schedule = await ApiCalls.SendAsync(browser, HttpMethod.Put, $"/api/v1/campaigns/{id}/schedule", new
        {
            phases = new[] { new { kind = "SelfAssessment", opens = "2027-02-01", closes = "2027-03-31" } },
        });
        var assign = await ApiCalls.SendAsync(browser, HttpMethod.Put, $"/api/v1/campaigns/{id}/assignments", new { code = "1.2", lead = "Sở Nội vụ", contributing = "Sở Tư pháp; Sở Y tế" });
        var unitId = units[0].GetProperty("unitId").GetInt32();
        var extension = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/campaigns/{id}/extensions", new { unitId, newDeadline = "2027-04-15", reason = "Đơn vị mới sáp nhập, cần thêm thời gian" });
        await using var db = factory.NewContext();

        // The demo seed creates the 14 departments of Tây Ninh (DemoUnitSets.Departments), as the page test says.
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(14, (await ApiCalls.JsonAsync(added)).GetProperty("added").GetInt32());
        Assert.Equal(14, units.GetArrayLength());
        Assert.All(units.EnumerateArray(), u => Assert.False(u.GetProperty("hasEntries").GetBoolean()));
        Assert.Equal(HttpStatusCode.NoContent, schedule.StatusCode);
        Assert.Equal(new DateOnly(2027, 3, 31), (await db.CampaignPhases.SingleAsync(p => p.CampaignId == id)).Closes);
        Assert.Equal(HttpStatusCode.OK, assign.StatusCode);
        Assert.Equal("Sở Tư pháp\nSở Y tế", (await db.CriterionAssignments.SingleAsync(a => a.CampaignId == id)).ContributingAgencies);
        Assert.Equal(HttpStatusCode.NoContent, extension.StatusCode);
        Assert.Equal(new DateOnly(2027, 4, 15), (await db.DeadlineExtensions.SingleAsync(e => e.CampaignId == id)).NewDeadline);
        var actions = await db.AuditEvents.Where(e => e.EntityType == "Campaign" && e.EntityId == id.ToString(CultureInfo.InvariantCulture)).Select(e => e.Action).ToListAsync();
        Assert.Equal(["create", "add-units", "schedule", "assign"], actions);
    }

    [Fact]
    public async Task Create_InvalidForm_ProblemListsEveryProblemInBothLanguages()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await ApiCalls.SendAsync(browser, HttpMethod.Post, "/api/v1/campaigns", new { name = "", year = 1999, editionId = 987654 });
        var problem = await ApiCalls.JsonAsync(response);
        var items = problem.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("vi").GetString(), p.GetProperty("en").GetString())).ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, items.Count);
        Assert.Contains(("Năm đánh giá phải là một năm từ 2000 đến 2100.", "The assessment year must be between 2000 and 2100."), items);
        Assert.Contains("Hãy nhập tên kỳ đánh giá", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignmentWorkbook_UnknownCode_400WithRowAndNothingSaved_ThenKnownCodesSaved()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        var id = await ApiCalls.CreateAsync(factory, browser, "Kỳ API phân công Excel 2026");

        var bad = await UploadAsync(browser, id, ("1.2", "Sở Nội vụ"), ("9.9", "Sở Tư pháp"));
        var badProblem = await ApiCalls.JsonAsync(bad);
        var good = await UploadAsync(browser, id, ("1.2", "Sở Nội vụ"), ("1.3", "Sở Tài chính"));
        await using var db = factory.NewContext();

        // Row 1 is the header, so 9.9 is on row 3.
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("dòng 3 (9.9)", badProblem.GetProperty("problems")[0].GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(2, (await ApiCalls.JsonAsync(good)).GetProperty("saved").GetInt32());
        Assert.Equal(["1.2", "1.3"], await db.CriterionAssignments.Where(a => a.CampaignId == id).OrderBy(a => a.CriterionCode).Select(a => a.CriterionCode).ToListAsync());
    }

    private static async Task<HttpResponseMessage> UploadAsync(Browser browser, int campaignId, params (string Code, string Lead)[] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Phân công");
        (sheet.Cell(1, 1).Value, sheet.Cell(1, 2).Value, sheet.Cell(1, 3).Value) = ("Mã tiêu chí", "Cơ quan chủ trì", "Cơ quan phối hợp");
        for (var i = 0; i < rows.Length; i++)
        {
            (sheet.Cell(i + 2, 1).Value, sheet.Cell(i + 2, 2).Value) = (rows[i].Code, rows[i].Lead);
        }

        using var bytes = new MemoryStream();
        workbook.SaveAs(bytes);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes.ToArray()), "file", "phan-cong.xlsx" } };
        return await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/campaigns/{campaignId}/assignments/workbook", form);
    }
}
