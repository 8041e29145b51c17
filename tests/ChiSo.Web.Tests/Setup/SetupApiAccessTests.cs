using System.Net;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Setup;

[Collection(SharedApp.Name)]
public class SetupApiAccessTests(WebAppFactory factory)
{
    public static TheoryData<string> Reads => ["/api/v1/editions", "/api/v1/campaigns", "/api/v1/campaigns/{0}/units", "/api/v1/campaigns/{0}/assignments"];

    /// <summary>Every changing endpoint with a body that would change something if it were let through.</summary>
    public static TheoryData<string, string> Changes => new()
    {
        { "POST", "/api/v1/campaigns" },
        { "POST", "/api/v1/campaigns/{0}/units" },
        { "DELETE", "/api/v1/campaigns/{0}/units/{1}" },
        { "POST", "/api/v1/campaigns/{0}/units/{1}/remove" },
        { "PUT", "/api/v1/campaigns/{0}/schedule" },
        { "PUT", "/api/v1/campaigns/{0}/assignments" },
        { "POST", "/api/v1/campaigns/{0}/assignments/workbook" },
        { "POST", "/api/v1/campaigns/{0}/extensions" },
        { "POST", "/api/v1/campaigns/{0}/status" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Get_OrganiserAndAdministrator_OkJson(string path)
    {
        var ids = await DemoIds.ReadAsync(factory);
        foreach (var email in new[] { SetupForms.Organiser, "quantri@demo.chiso.vn" })
        {
            using var browser = await ApiCalls.AsAsync(factory, email);

            var response = await browser.Client.GetAsync(new Uri(Path(path, ids), UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Get_OwnUnitReporterHeadLeaderReviewer_ForbiddenProblem(string path)
    {
        var ids = await DemoIds.ReadAsync(factory);
        foreach (var email in new[] { "baocao@demo.chiso.vn", "thutruong@demo.chiso.vn", "lanhdao@demo.chiso.vn", "thamdinh@demo.chiso.vn" })
        {
            using var browser = await ApiCalls.AsAsync(factory, email);

            var response = await browser.Client.GetAsync(new Uri(Path(path, ids), UriKind.Relative));
            var problem = await ApiCalls.JsonAsync(response);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Chỉ người tổ chức hoặc quản trị hệ thống được thiết lập kỳ đánh giá.", problem.GetProperty("detail").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Get_Anonymous_Unauthorized(string path)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, null);

        var response = await browser.Client.GetAsync(new Uri(Path(path, ids), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Change_ReporterOfTheUnit_ForbiddenAndNothingChanged(string method, string path)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");
        var before = await CountsAsync(ids);

        var response = await ApiCalls.SendAsync(browser, new HttpMethod(method), Path(path, ids), BodyFor(path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountsAsync(ids));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Change_Anonymous_UnauthorizedAndNothingChanged(string method, string path)
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, null);
        var before = await CountsAsync(ids);

        var response = await ApiCalls.SendAsync(browser, new HttpMethod(method), Path(path, ids), BodyFor(path), token: "none");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await CountsAsync(ids));
    }

    [Fact]
    public async Task Change_OrganiserWithoutToken_RefusedAndNothingChanged()
    {
        var ids = await DemoIds.ReadAsync(factory);
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);
        var before = await CountsAsync(ids);

        var response = await ApiCalls.SendAsync(browser, HttpMethod.Post, "/api/v1/campaigns", Body, token: "not-a-token");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountsAsync(ids));
    }

    [Fact]
    public async Task Get_UnknownCampaign_NotFound()
    {
        using var browser = await ApiCalls.AsAsync(factory, SetupForms.Organiser);

        var response = await browser.Client.GetAsync(new Uri("/api/v1/campaigns/987654/units", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Fields of every request body at once: each endpoint reads the ones it needs.</summary>
    /// <summary>The sheet upload takes multipart only (anything else is 415 before sign-in is checked); the others take JSON.</summary>
    private static object BodyFor(string path) => path.EndsWith("/workbook", StringComparison.Ordinal)
        ? new MultipartFormDataContent { { new ByteArrayContent("PK\u0003\u0004"u8.ToArray()), "file", "phan-cong.xlsx" } }
        : Body;

    private static object Body => new
    {
        name = "Không được tạo", year = 2026, editionId = 1, level = "Department", parentId = 1, status = "Draft",
        phases = new[] { new { kind = "SelfAssessment", opens = "2031-01-01", closes = "2031-02-01" } },
        code = "1.2", lead = "Không được lưu", unitId = 1, newDeadline = "2031-12-31", reason = "Không được gia hạn vì không có quyền",
    };

    private async Task<(int, int, int, int, int, string)> CountsAsync(DemoIds ids)
    {
        await using var db = factory.NewContext();
        var status = await db.Campaigns.Where(c => c.Id == ids.CampaignId).Select(c => c.Status).SingleAsync();
        return (await db.Campaigns.CountAsync(), await db.CampaignUnits.CountAsync(), await db.CampaignPhases.CountAsync(),
            await db.CriterionAssignments.CountAsync(), await db.DeadlineExtensions.CountAsync(), status.ToString());
    }

    private static string Path(string path, DemoIds ids) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, path, ids.CampaignId, ids.OtherUnitId);
}
