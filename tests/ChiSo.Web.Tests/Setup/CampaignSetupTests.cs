using System.Net;
using ChiSo.Data.Campaigns;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Setup;

[Collection(SharedApp.Name)]
public class CampaignSetupTests(WebAppFactory factory)
{
    [Fact]
    public async Task CreateAddUnitsSchedule_Organiser_PersistsCampaignUnitsPhasesAndAudit()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ thử nghiệm sở 2026");
        var province = await SetupForms.TayNinhAsync(factory);
        var preview = await browser.PageAsync($"/setup/campaigns/{id}/units?level=Department&parent={province}");

        // The add form is on the preview page: the browser posts it to that same address, query included.
        var units = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/units?level=Department&parent={province}", "add-units",
            new Dictionary<string, string> { ["level"] = "Department", ["parent"] = province.ToString(System.Globalization.CultureInfo.InvariantCulture), ["group"] = "" });
        var schedule = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/schedule", "schedule", new Dictionary<string, string>
        {
            ["opens-SelfAssessment"] = "2027-02-01", ["closes-SelfAssessment"] = "2027-03-31",
            ["opens-Round1Review"] = "2027-04-01", ["closes-Round1Review"] = "2027-04-30",
        });
        await using var db = factory.NewContext();

        // The demo seed creates the 14 departments of Tây Ninh (DemoUnitSets.Departments).
        Assert.Contains("Tìm thấy 14 đơn vị chưa tham gia", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, units.StatusCode);
        Assert.Equal(14, await db.CampaignUnits.CountAsync(cu => cu.CampaignId == id));
        Assert.Equal(14, await db.Submissions.CountAsync(s => s.CampaignId == id));
        Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        var phases = await db.CampaignPhases.Where(p => p.CampaignId == id).OrderBy(p => p.Opens).ToListAsync();
        Assert.Equal([PhaseKind.SelfAssessment, PhaseKind.Round1Review], phases.Select(p => p.Kind));
        Assert.Equal(new DateOnly(2027, 3, 31), phases[0].Closes);
        var actions = await db.AuditEvents.Where(e => e.EntityType == "Campaign" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Action).ToListAsync();
        Assert.Equal(["create", "add-units", "schedule"], actions);
    }

    [Fact]
    public async Task Schedule_DatesOutOfOrder_Refused400InVietnameseAndNothingSaved()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ thử lịch sai 2026");

        var response = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/schedule", "schedule", new Dictionary<string, string>
        {
            ["opens-SelfAssessment"] = "2027-03-31", ["closes-SelfAssessment"] = "2027-02-01",
            ["opens-Round1Review"] = "2027-04-01", ["closes-Round1Review"] = "2027-04-30",
            ["opens-Confirmation"] = "2027-04-15", ["closes-Confirmation"] = "2027-05-10",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Giai đoạn \"Tự đánh giá\": ngày kết thúc (01/02/2027) phải từ ngày bắt đầu (31/03/2027) trở đi.", page, StringComparison.Ordinal);
        Assert.Contains("Giai đoạn \"Đơn vị xác nhận, giải trình\" phải bắt đầu sau khi giai đoạn \"Thẩm định vòng 1\" kết thúc (30/04/2027).", page, StringComparison.Ordinal);
        Assert.False(await db.CampaignPhases.AnyAsync(p => p.CampaignId == id));
    }

    [Fact]
    public async Task Create_DraftEditionOrNoName_Refused()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);

        var response = await SetupForms.PostAsync(browser, "/setup", "create", new Dictionary<string, string> { ["name"] = "", ["year"] = "2026", ["editionId"] = "999999" });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Hãy chọn một phiên bản bộ chỉ số đã ban hành.", page, StringComparison.Ordinal);
        Assert.Contains("Hãy nhập tên kỳ đánh giá", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_Organiser_RecordedWithReasonAndAuditEvent()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        const string reason = "Mất điện kéo dài tại trụ sở, đơn vị xin gia hạn 20 ngày.";
        var wanted = (await SelfAssessmentClosesAsync(ids.CampaignId)).AddDays(20);

        var response = await SetupForms.PostAsync(browser, $"/setup/campaigns/{ids.CampaignId}/extensions", "extension", new Dictionary<string, string>
        {
            ["unitId"] = ids.OtherUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["deadline"] = wanted.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = reason,
        });
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var extension = await db.DeadlineExtensions.SingleAsync(e => e.CampaignId == ids.CampaignId && e.UnitId == ids.OtherUnitId && e.Reason == reason);
        Assert.Equal(wanted, extension.NewDeadline);
        Assert.Equal(SetupForms.Organiser, extension.GrantedBy);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "DeadlineExtension" && e.Action == "grant" && e.Reason == reason && e.Actor == SetupForms.Organiser));
    }

    [Fact]
    public async Task Extension_NoReasonAndEarlierDate_Refused()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);

        // The demo department campaign is still collecting: its self-assessment closes 60 days after the seed day.
        var closes = await SelfAssessmentClosesAsync(ids.CampaignId);
        var response = await SetupForms.PostAsync(browser, $"/setup/campaigns/{ids.CampaignId}/extensions", "extension", new Dictionary<string, string>
        {
            ["unitId"] = ids.OtherUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["deadline"] = closes.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = "",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Hạn mới phải sau hạn tự đánh giá hiện tại ({closes.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}).", page, StringComparison.Ordinal);
        Assert.Contains("Hãy ghi lý do gia hạn", page, StringComparison.Ordinal);
    }

    private async Task<DateOnly> SelfAssessmentClosesAsync(int campaignId)
    {
        await using var db = factory.NewContext();
        return await db.CampaignPhases.Where(p => p.CampaignId == campaignId && p.Kind == ChiSo.Data.Campaigns.PhaseKind.SelfAssessment)
            .Select(p => p.Closes).SingleAsync();
    }
}
