using System.Globalization;
using System.Net;
using ChiSo.Data.Frameworks;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Setup;

/// <summary>Issue 10 §5: campaign set-up keeps the chosen framework, renames and deletes drafts, and refuses wrong units and agencies.</summary>
[Collection(SharedApp.Name)]
public class CampaignCorrectionsTests(WebAppFactory factory)
{
    [Fact]
    public async Task Create_RefusedForAMissingName_KeepsTheChosenFramework()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        int last;
        await using (var db = factory.NewContext())
        {
            last = (await db.FrameworkEditions.Where(e => e.Status == EditionStatus.Published).Select(e => new { e.Id, e.Title, e.Edition }).ToListAsync())
                .OrderBy(e => e.Title, StringComparer.Ordinal).ThenByDescending(e => e.Edition).Last().Id;
        }

        var response = await SetupForms.PostAsync(browser, "/setup", "create", new Dictionary<string, string> { ["name"] = "", ["year"] = "2026", ["editionId"] = Id(last) });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches($"<option value=\"{last}\" selected", page);
    }

    [Fact]
    public async Task RenameThenDelete_Draft_AuditedAndGone()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ đặt tên nhầm 2026");
        var province = await SetupForms.TayNinhAsync(factory);
        await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/units?level=Department&parent={province}", "add-units",
            new Dictionary<string, string> { ["level"] = "Department", ["parent"] = Id(province), ["group"] = "" });

        var renamed = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/status", "rename", new Dictionary<string, string> { ["name"] = "Kỳ đánh giá sở 2026" });
        var unconfirmed = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/status", "delete", new Dictionary<string, string>());
        await using (var db = factory.NewContext())
        {
            Assert.Equal("Kỳ đánh giá sở 2026", await db.Campaigns.Where(c => c.Id == id).Select(c => c.Name).SingleAsync());
        }

        var deleted = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/status", "delete", new Dictionary<string, string> { ["confirm"] = "yes" });
        await using var after = factory.NewContext();
        var actions = await after.AuditEvents.Where(e => e.EntityType == "Campaign" && e.EntityId == Id(id)).Select(e => e.Action).ToListAsync();

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await after.Campaigns.AnyAsync(c => c.Id == id));
        Assert.False(await after.Submissions.AnyAsync(s => s.CampaignId == id));
        Assert.Equal(["create", "add-units", "rename", "delete"], actions);
    }

    [Fact]
    public async Task Delete_CampaignWithValues_Refused409AndKept()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var ids = await DemoIds.ReadAsync(factory);

        // The demo department campaign is open and has values: not a draft, and not empty.
        var response = await SetupForms.PostAsync(browser, $"/setup/campaigns/{ids.CampaignId}/status", "delete", new Dictionary<string, string> { ["confirm"] = "yes" });
        await using var db = factory.NewContext();

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await db.Campaigns.AnyAsync(c => c.Id == ids.CampaignId));
    }

    [Fact]
    public async Task AddUnits_ProvincesToADepartmentFramework_RefusedWithTheReason()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ sở nhận nhầm tỉnh 2026");

        var response = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/units?level=Province", "add-units",
            new Dictionary<string, string> { ["level"] = "Province", ["parent"] = "", ["group"] = "" });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("đánh giá sở, ban, ngành, nên không thêm được tỉnh, thành phố", page, StringComparison.Ordinal);
        Assert.False(await db.CampaignUnits.AnyAsync(cu => cu.CampaignId == id));
    }

    [Fact]
    public async Task AddUnits_ByProvinceOnly_AddsOnlyTheFrameworksLevel()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ sở lọc theo tỉnh 2026");
        var province = await SetupForms.TayNinhAsync(factory);

        await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/units?parent={province}", "add-units",
            new Dictionary<string, string> { ["level"] = "", ["parent"] = Id(province), ["group"] = "" });
        await using var db = factory.NewContext();
        var levels = await db.CampaignUnits.Where(cu => cu.CampaignId == id).Select(cu => cu.Unit!.Level).Distinct().ToListAsync();

        Assert.Equal([Engine.Units.UnitLevel.Department], levels);
    }

    [Fact]
    public async Task Assign_UnknownLeadAgency_RefusedWithTheNameAndNothingSaved()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(SetupForms.Organiser);
        var id = await SetupForms.CreateCampaignAsync(factory, browser, "Kỳ phân công sai 2026");

        var response = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/assignments", "assign", new Dictionary<string, string>
        {
            ["code-0"] = "1.2", ["lead-0"] = "Sở Không Tồn Tại", ["contributing-0"] = "",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cơ quan chủ trì không có trong danh mục đơn vị: “Sở Không Tồn Tại” (1.2)", page, StringComparison.Ordinal);
        Assert.False(await db.CriterionAssignments.AnyAsync(a => a.CampaignId == id));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
