using System.Net;
using ChiSo.Data.Campaigns;
using ChiSo.Web.Features.Setup;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Setup;

[Collection(SharedApp.Name)]
public class SetupChangesTests(WebAppFactory factory)
{
    [Theory]
    [InlineData(CampaignStatus.Draft, true, true, true, true)]
    [InlineData(CampaignStatus.Open, true, true, true, true)]
    [InlineData(CampaignStatus.Review, false, true, false, false)]
    [InlineData(CampaignStatus.Closed, false, false, false, false)]
    [InlineData(CampaignStatus.Published, false, false, false, false)]
    public void Allowed_ByStatus_UnitsAssignmentsExtensionsUntilTheReviewScheduleUntilClosed(
        CampaignStatus status, bool units, bool schedule, bool assignments, bool extensions)
    {
        Assert.Equal(
            (units, schedule, assignments, extensions),
            (SetupChanges.Allowed(status, SetupChange.Units), SetupChanges.Allowed(status, SetupChange.Schedule),
                SetupChanges.Allowed(status, SetupChange.Assignments), SetupChanges.Allowed(status, SetupChange.Extensions)));
        Assert.Equal(units, SetupChanges.Refusal(status, SetupChange.Units) is null);
    }

    [Fact]
    public async Task Api_CampaignUnderReview_UnitsAssignmentsAndExtensionsRefused409ScheduleStillSaved()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        var id = await ApiCalls.CreateAsync(factory, browser, "Kỳ đang thẩm định 2026");
        var province = await SetupForms.TayNinhAsync(factory);
        await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/campaigns/{id}/units", new { level = "Department", parentId = province, groupCode = (string?)null });
        var unitId = await UnitOfAsync(id);
        await SetStatusAsync(id, CampaignStatus.Review);

        var units = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/campaigns/{id}/units", new { level = "Commune", parentId = province, groupCode = (string?)null });
        var removed = await ApiCalls.SendAsync(browser, HttpMethod.Delete, $"/api/v1/campaigns/{id}/units/{unitId}");
        var assign = await ApiCalls.SendAsync(browser, HttpMethod.Put, $"/api/v1/campaigns/{id}/assignments", new { code = "1.2", lead = "Sở Nội vụ", contributing = "" });
        var extension = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/campaigns/{id}/extensions", new { unitId, newDeadline = "2027-04-15", reason = "Đơn vị mới sáp nhập, cần thêm thời gian" });
        var schedule = await ApiCalls.SendAsync(browser, HttpMethod.Put, $"/api/v1/campaigns/{id}/schedule", new
        {
            phases = new[]
            {
                new { kind = "SelfAssessment", opens = "2027-02-01", closes = "2027-03-31" },
                new { kind = "Round1Review", opens = "2027-04-01", closes = "2027-04-30" },
            },
        });
        var problem = await ApiCalls.JsonAsync(units);
        await using var db = factory.NewContext();

        Assert.Equal(
            (HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.NoContent),
            (units.StatusCode, removed.StatusCode, assign.StatusCode, extension.StatusCode, schedule.StatusCode));
        Assert.Equal("Kỳ đánh giá đang ở trạng thái \"Đang thẩm định\": không thêm hoặc gỡ đơn vị được nữa.", problem.GetProperty("detail").GetString());
        Assert.Equal(14, await db.CampaignUnits.CountAsync(cu => cu.CampaignId == id));
        Assert.False(await db.CriterionAssignments.AnyAsync(a => a.CampaignId == id));
        Assert.False(await db.DeadlineExtensions.AnyAsync(e => e.CampaignId == id));
    }

    [Fact]
    public async Task Pages_PublishedCampaign_SaysWhyAndRefusesAPost409()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        var id = await ApiCalls.CreateAsync(factory, browser, "Kỳ đã công bố 2026");
        await SetStatusAsync(id, CampaignStatus.Published);

        var page = await browser.PageAsync($"/setup/campaigns/{id}/schedule");
        var posted = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/schedule", "schedule", new Dictionary<string, string>
        {
            ["opens-SelfAssessment"] = "2027-02-01", ["closes-SelfAssessment"] = "2027-03-31",
        });
        await using var db = factory.NewContext();

        Assert.Contains("Kỳ đánh giá đang ở trạng thái \"Đã công bố\": không thay đổi lịch được nữa.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.False(await db.CampaignPhases.AnyAsync(p => p.CampaignId == id));
    }

    private async Task SetStatusAsync(int id, CampaignStatus status)
    {
        await using var db = factory.NewContext();
        await db.Campaigns.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status));
    }

    private async Task<int> UnitOfAsync(int id)
    {
        await using var db = factory.NewContext();
        return await db.CampaignUnits.Where(cu => cu.CampaignId == id).OrderBy(cu => cu.UnitId).Select(cu => cu.UnitId).FirstAsync();
    }
}
