using System.Net;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Tasks;

[Collection(SharedApp.Name)]
public class MyTasksTests(WebAppFactory factory)
{
    [Fact]
    public async Task TasksPage_Reporter_OverdueCampaignBeforeTheOneDueLater()
    {
        var ids = await DemoIds.ReadAsync(factory);
        var late = await OpenCampaignAsync(ids.OwnUnitId, "Việc quá hạn 2019", new DateOnly(2020, 1, 31));
        var later = await OpenCampaignAsync(ids.OwnUnitId, "Việc còn hạn 2099", new DateOnly(2100, 1, 31));
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var page = await browser.PageAsync("/tasks");

        Assert.Contains("31/01/2020", page, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("Việc quá hạn 2019", StringComparison.Ordinal) < page.IndexOf("Việc còn hạn 2099", StringComparison.Ordinal));
        Assert.Contains($"href=\"/campaigns/{late}/units/{ids.OwnUnitId}#c-", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/campaigns/{later}/units/{ids.OwnUnitId}#c-", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TasksApi_Leader_NoneAlthoughTheyFollowTheProvincesUnits()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("lanhdao@demo.chiso.vn");

        // The leader sees the Tây Ninh departments' forms (read only) but enters none: no task is theirs.
        var json = await browser.Client.GetStringAsync(new Uri("/api/v1/tasks", UriKind.Relative));
        using var body = System.Text.Json.JsonDocument.Parse(json);

        Assert.Equal(0, body.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task TasksApi_Reporter_OnlyOwnUnitWithStatusAndDue()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var json = await browser.Client.GetStringAsync(new Uri("/api/v1/tasks", UriKind.Relative));
        using var body = System.Text.Json.JsonDocument.Parse(json);
        var items = body.RootElement.EnumerateArray().ToList();

        Assert.NotEmpty(items);
        Assert.All(items, t => Assert.Equal(ids.OwnUnitId, t.GetProperty("unitId").GetInt32()));
        Assert.Contains(items, t => t.GetProperty("campaignId").GetInt32() == ids.CampaignId);
    }

    [Fact]
    public async Task TasksApi_EmptyTextStored_CriterionStillEmpty()
    {
        var ids = await DemoIds.ReadAsync(factory);
        var campaign = await OpenCampaignAsync(ids.OwnUnitId, "Việc có ô trống", new DateOnly(2100, 3, 31));
        await using (var db = factory.NewContext())
        {
            var submission = await db.Submissions.Where(s => s.CampaignId == campaign).Select(s => s.Id).SingleAsync();
            db.InputValues.Add(new InputValue { SubmissionId = submission, CriterionCode = "2.1", InputId = "ke_hoach", Text = "", EnteredBy = "baocao@demo.chiso.vn" });
            await db.SaveChangesAsync();
        }

        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");
        var json = await browser.Client.GetStringAsync(new Uri("/api/v1/tasks", UriKind.Relative));
        using var body = System.Text.Json.JsonDocument.Parse(json);

        // A cleared field is stored as empty text: it answers nothing, as on the progress board.
        var task = body.RootElement.EnumerateArray().Single(t => t.GetProperty("campaignId").GetInt32() == campaign && t.GetProperty("criterionCode").GetString() == "2.1");
        Assert.Equal(0, task.GetProperty("filled").GetInt32());
    }

    [Fact]
    public async Task Tasks_Anonymous_RefusedOrSentToSignIn()
    {
        using var browser = new Browser(factory);

        var api = await browser.Client.GetAsync(new Uri("/api/v1/tasks", UriKind.Relative));
        var page = await browser.Client.GetAsync(new Uri("/tasks", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task TasksPage_Organiser_NoUnitSoNoTasks()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("tochuc@demo.chiso.vn");

        var page = await browser.PageAsync("/tasks");

        Assert.Contains("Bạn không có tiêu chí nào cần nhập", page, StringComparison.Ordinal);
    }

    private async Task<int> OpenCampaignAsync(int unitId, string name, DateOnly deadline)
    {
        await using var db = factory.NewContext();
        var edition = await db.FrameworkEditions.Where(e => e.FrameworkId == "dti-so-nganh" && e.Status == EditionStatus.Published).Select(e => e.Id).FirstAsync();
        var campaign = new Campaign { Name = name, Year = deadline.Year - 1, FrameworkEditionId = edition, Status = CampaignStatus.Open };
        campaign.Phases.Add(new CampaignPhase { Kind = PhaseKind.SelfAssessment, Opens = deadline.AddMonths(-2), Closes = deadline });
        campaign.Units.Add(new CampaignUnit { UnitId = unitId });
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        db.Submissions.Add(new Submission { CampaignId = campaign.Id, UnitId = unitId, Status = SubmissionStatus.Draft });
        await db.SaveChangesAsync();
        return campaign.Id;
    }
}
