using System.Globalization;
using System.Net;
using ChiSo.Data.Campaigns;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Setup;

[Collection(SharedApp.Name)]
public class CampaignLifecycleTests(WebAppFactory factory)
{
    [Fact]
    public async Task Status_WholeLifecycle_RefusedUntilReadyThenEveryAllowedStepAudited()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        var id = await ApiCalls.CreateAsync(factory, browser, "Kỳ API vòng đời 2026");

        var noUnits = await MoveAsync(browser, id, "Open");
        await AddTayNinhDepartmentsAsync(browser, id);
        var noSchedule = await MoveAsync(browser, id, "Open");
        await ApiCalls.SendAsync(browser, HttpMethod.Put, $"/api/v1/campaigns/{id}/schedule", new { phases = new[] { new { kind = "SelfAssessment", opens = "2027-02-01", closes = "2027-03-31" } } });
        var skip = await MoveAsync(browser, id, "Closed");
        var steps = new List<HttpStatusCode>();
        var opened = await ApiCalls.JsonAsync(await MoveAsync(browser, id, "Open"));
        foreach (var status in new[] { "Draft", "Open" })
        {
            steps.Add((await MoveAsync(browser, id, status)).StatusCode);
        }

        // From Open on, only the review process moves the campaign (ADR 0024): a direct move is refused and says where to go.
        var review = await MoveAsync(browser, id, "Review");
        var published = await MoveAsync(browser, id, "Published");
        var unknown = await MoveAsync(browser, id, "1");
        var listed = (await ApiCalls.JsonAsync(await browser.Client.GetAsync(new Uri("/api/v1/campaigns", UriKind.Relative))))
            .EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.Conflict, noUnits.StatusCode);
        Assert.Equal("Chưa mở được kỳ đánh giá: hãy thêm ít nhất một đơn vị tham gia.", (await ApiCalls.JsonAsync(noUnits)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, noSchedule.StatusCode);
        Assert.Equal("Chưa mở được kỳ đánh giá: hãy đặt lịch cho giai đoạn tự đánh giá.", (await ApiCalls.JsonAsync(noSchedule)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Contains("Không thể chuyển kỳ đánh giá từ \"Đang chuẩn bị\" sang \"Đã kết thúc\"", (await ApiCalls.JsonAsync(skip)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Open", opened.GetProperty("status").GetString());
        Assert.Equal(["Draft"], opened.GetProperty("next").EnumerateArray().Select(n => n.GetString()));
        Assert.All(steps, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (review.StatusCode, published.StatusCode));
        Assert.Contains("quy trình thẩm định", (await ApiCalls.JsonAsync(published)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(CampaignStatus.Open, (await db.Campaigns.SingleAsync(c => c.Id == id)).Status);
        Assert.Equal("Open", listed.GetProperty("status").GetString());
        var moves = await db.AuditEvents.Where(e => e.Action == "status" && e.EntityId == id.ToString(CultureInfo.InvariantCulture)).OrderBy(e => e.Id).Select(e => e.After).ToListAsync();
        Assert.Equal(["Open", "Draft", "Open"], moves);
    }

    [Fact]
    public async Task Status_BackToDraftAfterUnitsEnteredValues_Refused409AndUnchanged()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        CampaignStatus before;
        await using (var db = factory.NewContext())
        {
            before = (await db.Campaigns.SingleAsync(c => c.Id == ids.CampaignId)).Status;
        }

        var response = await MoveAsync(browser, ids.CampaignId, "Draft");
        await using var check = factory.NewContext();

        // The demo campaign is open and Tây Ninh's department has values (the workbook tests change them).
        Assert.Equal(CampaignStatus.Open, before);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(
            "Không thể đưa kỳ đánh giá về trạng thái chuẩn bị: các đơn vị đã bắt đầu nhập số liệu hoặc tài liệu kiểm chứng.",
            (await ApiCalls.JsonAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(CampaignStatus.Open, (await check.Campaigns.SingleAsync(c => c.Id == ids.CampaignId)).Status);
    }

    [Fact]
    public async Task RemoveUnit_UnitWithValues_Refused409AndStillTakingPart()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await ApiCalls.SendAsync(browser, HttpMethod.Delete, $"/api/v1/campaigns/{ids.CampaignId}/units/{ids.OwnUnitId}");
        var problem = await ApiCalls.JsonAsync(response);
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Không thể gỡ đơn vị này: đơn vị đã nhập số liệu hoặc tài liệu kiểm chứng. Gỡ đơn vị sẽ làm mất dữ liệu đó.", problem.GetProperty("detail").GetString());
        Assert.Equal("This unit cannot be removed: it has entered values or evidence, which removing it would lose.", problem.GetProperty("problems")[0].GetProperty("en").GetString());
        Assert.True(await db.CampaignUnits.AnyAsync(cu => cu.CampaignId == ids.CampaignId && cu.UnitId == ids.OwnUnitId));
        Assert.True(await db.Submissions.AnyAsync(s => s.Id == ids.OwnSubmissionId));
    }

    [Fact]
    public async Task RemoveUnit_EmptyDraft_RemovedWithSubmissionAndAudited_ThenNotFound()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        var id = await ApiCalls.CreateAsync(factory, browser, "Kỳ API gỡ đơn vị 2026");
        await AddTayNinhDepartmentsAsync(browser, id);
        var units = await ApiCalls.JsonAsync(await browser.Client.GetAsync(new Uri($"/api/v1/campaigns/{id}/units", UriKind.Relative)));
        var (first, second) = (units[0].GetProperty("unitId").GetInt32(), units[1].GetProperty("unitId").GetInt32());

        var deleted = await ApiCalls.SendAsync(browser, HttpMethod.Delete, $"/api/v1/campaigns/{id}/units/{first}");
        var posted = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/campaigns/{id}/units/{second}/remove");
        var again = await ApiCalls.SendAsync(browser, HttpMethod.Delete, $"/api/v1/campaigns/{id}/units/{first}");
        await using var db = factory.NewContext();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(12, await db.CampaignUnits.CountAsync(cu => cu.CampaignId == id));
        Assert.False(await db.Submissions.AnyAsync(s => s.CampaignId == id && (s.UnitId == first || s.UnitId == second)));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "remove-unit" && e.EntityId == id.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Pages_StatusButtonAndRemoveButton_ChangeLikeTheApi()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        var id = await ApiCalls.CreateAsync(factory, browser, "Kỳ trang vòng đời 2026");
        await AddTayNinhDepartmentsAsync(browser, id);
        var units = await ApiCalls.JsonAsync(await browser.Client.GetAsync(new Uri($"/api/v1/campaigns/{id}/units", UriKind.Relative)));
        var unitId = units[0].GetProperty("unitId").GetInt32().ToString(CultureInfo.InvariantCulture);
        var page = await browser.PageAsync($"/setup/campaigns/{id}/status");

        var refused = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/status", "status", new Dictionary<string, string> { ["status"] = "Open" });
        var refusedText = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var removed = await SetupForms.PostAsync(browser, $"/setup/campaigns/{id}/units", "remove-unit", new Dictionary<string, string> { ["unitId"] = unitId });
        await using var db = factory.NewContext();

        Assert.Contains("name=\"status\" value=\"Open\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Closed\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("hãy đặt lịch cho giai đoạn tự đánh giá", refusedText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(13, await db.CampaignUnits.CountAsync(cu => cu.CampaignId == id));
    }

    private static Task<HttpResponseMessage> MoveAsync(Browser browser, int id, string status) =>
        ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/campaigns/{id}/status", new { status });

    private async Task AddTayNinhDepartmentsAsync(Browser browser, int id)
    {
        var province = await SetupForms.TayNinhAsync(factory);
        var response = await ApiCalls.SendAsync(browser, HttpMethod.Post, $"/api/v1/campaigns/{id}/units", new { level = "Department", parentId = province });
        response.EnsureSuccessStatusCode();
    }
}
