using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Web.Tests.Setup;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Units;

/// <summary>
/// /api/v1/units as an organiser of one province (Huế), a system-wide administrator and a reporter: the scope rules,
/// search without diacritics, a unit's people, and the sheet refused row by row before anything is written.
/// </summary>
public sealed class UnitsApiTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string HueOrganiser = "tochuc.hue@kiemthu.chiso.vn";
    private const string Header = "Mã,Tên,Loại,Đơn vị cấp trên (mã),Hiệu lực từ,Hiệu lực đến,Nhóm so sánh\n";

    [Fact]
    public async Task OrganiserOfHue_AddsUnderHue_IsRefusedUnderQuangTri_ReporterChangesNothing()
    {
        await EnsureHueOrganiserAsync();
        using var hue = await ApiCalls.AsAsync(factory, HueOrganiser);
        using var reporter = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");

        using var underHue = await ApiCalls.SendAsync(hue, HttpMethod.Post, "/api/v1/units", Body("46.S01", "Sở Khoa học và Công nghệ", "46"));
        using var underQuangTri = await ApiCalls.SendAsync(hue, HttpMethod.Post, "/api/v1/units", Body("44.S01", "Sở Tư pháp", "44"));
        using var byReporter = await ApiCalls.SendAsync(reporter, HttpMethod.Post, "/api/v1/units", Body("46.S02", "Sở Y tế", "46"));
        using var reporterGroup = await ApiCalls.SendAsync(reporter, HttpMethod.Post, "/api/v1/unit-groups", new { code = "nhom-bao-cao", name = "Nhóm" });
        using var registryEdit = await ApiCalls.SendAsync(hue, HttpMethod.Post, $"/api/v1/units/{await IdAsync("46")}/end", new { validTo = "31/12/2026" });

        Assert.Equal(HttpStatusCode.Created, underHue.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, underQuangTri.StatusCode);
        Assert.Contains("không thuộc tỉnh, thành phố bạn được quản lý", await underQuangTri.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reporterGroup.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, registryEdit.StatusCode);
        await using var db = factory.NewContext();
        Assert.True(await db.Units.AnyAsync(u => u.Code == "46.S01"));
        Assert.False(await db.Units.AnyAsync(u => u.Code == "44.S01" || u.Code == "46.S02"));
        Assert.Contains(await db.AuditEvents.Select(e => new { e.Action, e.Actor }).ToListAsync(), e => e.Action == "unit.created" && e.Actor == HueOrganiser);
    }

    [Fact]
    public async Task Sheet_BadRows_PreviewListsEveryReason_ApplyWritesNothing_ThenCleanSheetApplies()
    {
        await EnsureHueOrganiserAsync();
        using var hue = await ApiCalls.AsAsync(factory, HueOrganiser);
        const string bad = Header + "46.T01,Sở Tư pháp,sở,46,01/07/2025,,\n46.T02,Sở Y tế,sở,44,01/07/2025,,\n46.T03,Sở Nội vụ,sở,46,32/07/2025,,\n";

        using var preview = await ApiCalls.SendAsync(hue, HttpMethod.Post, "/api/v1/units/sheet/preview", Sheet(bad));
        using var apply = await ApiCalls.SendAsync(hue, HttpMethod.Post, "/api/v1/units/sheet/apply", Sheet(bad));
        var rows = (await ApiCalls.JsonAsync(preview)).GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("outcome").GetString())).ToList();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal([(2, "add"), (3, "refused"), (4, "refused")], rows);
        Assert.Equal(HttpStatusCode.BadRequest, apply.StatusCode);
        var problems = await apply.Content.ReadAsStringAsync();
        Assert.Contains("Dòng 3 (46.T02)", problems, StringComparison.Ordinal);
        Assert.Contains("Dòng 4 (46.T03)", problems, StringComparison.Ordinal);
        await using (var db = factory.NewContext())
        {
            Assert.False(await db.Units.AnyAsync(u => u.Code.StartsWith("46.T")));
        }

        using var clean = await ApiCalls.SendAsync(hue, HttpMethod.Post, "/api/v1/units/sheet/apply", Sheet(Header + "46.T01,Sở Tư pháp,sở,46,01/07/2025,,\n46.T02,Phòng Hành chính,phòng,46.T01,01/07/2025,,\n"));
        Assert.Equal(HttpStatusCode.OK, clean.StatusCode);
        await using var after = factory.NewContext();
        Assert.Equal("46.T01", (await after.Units.Include(u => u.Parent).SingleAsync(u => u.Code == "46.T02")).Parent!.Code);
    }

    [Fact]
    public async Task Sheet_HostileUploads_RefusedWithAReason()
    {
        using var admin = await ApiCalls.AsAsync(factory, "quantri@demo.chiso.vn");

        using var large = await ApiCalls.SendAsync(admin, HttpMethod.Post, "/api/v1/units/sheet/preview", Sheet(Header + new string('x', 6 * 1024 * 1024)));
        using var binary = await ApiCalls.SendAsync(admin, HttpMethod.Post, "/api/v1/units/sheet/preview", Sheet("PK\u0003\u0004 not really a zip"));
        using var none = await ApiCalls.SendAsync(admin, HttpMethod.Post, "/api/v1/units/sheet/preview", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("lớn hơn 5 MB", await large.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, binary.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, none.StatusCode);
    }

    [Fact]
    public async Task Search_WithoutDiacritics_AndAUnitsPeopleWithWhoEntersData()
    {
        using var reporter = await ApiCalls.AsAsync(factory, "baocao@demo.chiso.vn");
        using var admin = await ApiCalls.AsAsync(factory, "quantri@demo.chiso.vn");
        var dost = await IdAsync("80.S08");

        var found = await ApiCalls.JsonAsync(await ApiCalls.SendAsync(reporter, HttpMethod.Get, "/api/v1/units?q=quang+tri&level=province"));
        var hue = await ApiCalls.JsonAsync(await ApiCalls.SendAsync(reporter, HttpMethod.Get, "/api/v1/units?q=hue&level=province&all=true"));
        using var tooLong = await ApiCalls.SendAsync(reporter, HttpMethod.Get, "/api/v1/units?q=" + new string('a', 101));
        using var badLevel = await ApiCalls.SendAsync(reporter, HttpMethod.Get, "/api/v1/units?level=%2B44");
        using var badDate = await ApiCalls.SendAsync(reporter, HttpMethod.Get, "/api/v1/units?on=2025-13-01");
        var unit = await ApiCalls.JsonAsync(await ApiCalls.SendAsync(admin, HttpMethod.Get, $"/api/v1/units/{dost}"));
        var otherReporter = await OtherUnitAccount.EnsureAsync(factory.Services);
        using var stranger = await ApiCalls.AsAsync(factory, otherReporter);
        var unseen = await ApiCalls.JsonAsync(await ApiCalls.SendAsync(stranger, HttpMethod.Get, $"/api/v1/units/{dost}"));

        Assert.Equal(["Tỉnh Quảng Trị"], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(2, hue.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLevel.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        var entering = unit.GetProperty("people").EnumerateArray().Where(p => p.GetProperty("entersData").GetBoolean()).Select(p => p.GetProperty("email").GetString()).Order().ToList();
        Assert.Equal(["baocao@demo.chiso.vn", "thutruong@demo.chiso.vn"], entering);
        Assert.Equal(JsonValueKind.Null, unseen.GetProperty("people").ValueKind);
    }

    [Fact]
    public async Task UnitPage_WhoEntersData_OneClickListsReportersAndHeadsWithEmail()
    {
        using var admin = await ApiCalls.AsAsync(factory, "quantri@demo.chiso.vn");
        var dost = await IdAsync("80.S08");

        var page = await admin.PageAsync($"/units/{dost}");
        var entry = await admin.PageAsync($"/units/{dost}?who=entry");

        Assert.Contains($"href=\"/units/{dost}?who=entry#people\"", page, StringComparison.Ordinal);
        Assert.Contains("mailto:baocao@demo.chiso.vn", entry, StringComparison.Ordinal);
        Assert.Contains("mailto:thutruong@demo.chiso.vn", entry, StringComparison.Ordinal);
        Assert.Contains("href=\"/people/", entry, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/units", "get", "ListUnits")]
    [InlineData("/api/v1/units", "post", "CreateUnitBody")]
    [InlineData("/api/v1/units/{id}", "put", "UpdateUnitBody")]
    [InlineData("/api/v1/units/{id}/end", "post", "EndUnitBody")]
    [InlineData("/api/v1/units/sheet/preview", "post", "PreviewUnitSheet")]
    [InlineData("/api/v1/units/sheet/apply", "post", "ApplyUnitSheet")]
    [InlineData("/api/v1/unit-groups/{id}/members", "put", "SetUnitGroupMembers")]
    public async Task Document_UnitsEndpoint_NamedTaggedAndSummarised(string path, string method, string operationId)
    {
        using var browser = new Browser(factory);

        using var document = JsonDocument.Parse(await browser.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.Equal("Units", operation.GetProperty("tags")[0].GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.Contains(operation.GetProperty("responses").EnumerateObject(), r => r.Name.StartsWith('2'));
    }

    private static object Body(string code, string name, string parent) => new { code, name, type = "sở", parentCode = parent, validFrom = "01/07/2025" };

    private static MultipartFormDataContent Sheet(string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "don-vi.csv" } };
    }

    private async Task<int> IdAsync(string code)
    {
        await using var db = factory.NewContext();
        return await db.Units.Where(u => u.Code == code && u.ValidTo == null).Select(u => u.Id).SingleAsync();
    }

    private async Task EnsureHueOrganiserAsync()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        if (await users.FindByEmailAsync(HueOrganiser) is not null)
        {
            return;
        }

        var user = new ChiSoUser { UserName = HueOrganiser, Email = HueOrganiser, DisplayName = "Cán bộ tổ chức (Huế)", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Browser.Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        db.Memberships.Add(new Membership { UserId = user.Id, UnitId = await IdAsync("46"), Role = Role.Organiser });
        await db.SaveChangesAsync();
    }
}
