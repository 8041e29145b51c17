using System.Net;
using System.Net.Http.Json;
using ChiSo.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.People;

/// <summary>docs/adr/0021-who-manages-whom.md: an organiser of Tây Ninh manages Tây Ninh's people only, and gives no system-wide role.</summary>
public sealed class PeopleScopeTests(PeopleApp app) : IClassFixture<PeopleApp>
{
    [Fact]
    public async Task ProvinceOrganiser_CreatesReporterOfOwnProvince()
    {
        using var organiser = app.As(PeopleApp.ProvinceOrganiser);

        using var response = await organiser.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative),
            PeopleApp.Person("Cán bộ Tây Ninh", PeopleApp.NewEmail("tayninh"), "UnitReporter", app.OwnProvinceUnit));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("Administrator", null, "Bạn không được giao vai trò \"Quản trị hệ thống\"")]
    [InlineData("Organiser", "80.S08", "Bạn không được giao vai trò \"Cán bộ tổ chức đánh giá\"")]
    [InlineData("Reviewer", null, "Bạn không được giao vai trò \"Thành viên Hội đồng thẩm định\"")]
    public async Task ProvinceOrganiser_GivesAdministratorOrganiserOrSystemWideRole_400NothingCreated(string role, string? unit, string reason)
    {
        var email = PeopleApp.NewEmail("leoquyen");
        using var organiser = app.As(PeopleApp.ProvinceOrganiser);

        using var response = await organiser.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative), PeopleApp.Person("Leo quyền", email, role, unit));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await PeopleApp.DetailAsync(response), StringComparison.Ordinal);
        await using var db = app.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task SystemWideOrganiser_GivesAdministrator_400()
    {
        using var organiser = app.As("tochuc@demo.chiso.vn");

        using var response = await organiser.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative), PeopleApp.Person("Leo quyền", PeopleApp.NewEmail("leo"), "Administrator", null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ProvinceOrganiser_UnitOfAnotherProvince_400OutsideScope()
    {
        using var organiser = app.As(PeopleApp.ProvinceOrganiser);

        using var response = await organiser.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative),
            PeopleApp.Person("Tỉnh khác", PeopleApp.NewEmail("tinhkhac"), "UnitReporter", app.OtherProvinceUnit));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nằm ngoài phạm vi bạn quản lý", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvinceOrganiser_PersonOfAnotherProvince_NotListedNotFoundAndUnchangeable()
    {
        var email = PeopleApp.NewEmail("tinhkhac");
        var id = await app.CreateAsync("Người tỉnh khác", email, "UnitReporter", app.OtherProvinceUnit);
        using var organiser = app.As(PeopleApp.ProvinceOrganiser);

        var list = await organiser.GetFromJsonAsync<PeopleList>(new Uri($"/api/v1/people?q={Uri.EscapeDataString(email)}", UriKind.Relative));
        using var get = await organiser.GetAsync(new Uri($"/api/v1/people/{id}", UriKind.Relative));
        using var deactivate = await organiser.PostAsync(new Uri($"/api/v1/people/{id}/deactivate", UriKind.Relative), null);
        using var resend = await organiser.PostAsync(new Uri($"/api/v1/people/{id}/invitation", UriKind.Relative), null);
        using var memberships = await organiser.PutAsJsonAsync(new Uri($"/api/v1/people/{id}/memberships", UriKind.Relative),
            new { memberships = new[] { new { role = "UnitReporter", unitCode = app.OwnProvinceUnit } } });

        Assert.Empty(list!.People);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deactivate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resend.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, memberships.StatusCode);
        await using var db = app.NewContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EntityId == id));
    }

    [Fact]
    public async Task ProvinceOrganiser_DemoReviewer_SeenNowhereAndAdministratorUntouchable()
    {
        await using var db = app.NewContext();
        var administrator = await db.Users.Where(u => u.Email == "quantri@demo.chiso.vn").Select(u => u.Id).SingleAsync();
        using var organiser = app.As(PeopleApp.ProvinceOrganiser);

        using var deactivate = await organiser.PostAsync(new Uri($"/api/v1/people/{administrator}/deactivate", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, deactivate.StatusCode);
    }

    [Fact]
    public async Task Reporter_EveryPeopleCall_403()
    {
        using var reporter = app.As("baocao@demo.chiso.vn");

        using var list = await reporter.GetAsync(new Uri("/api/v1/people", UriKind.Relative));
        using var create = await reporter.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative), PeopleApp.Person("X", PeopleApp.NewEmail("x"), "UnitReporter", app.OwnProvinceUnit));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public void Scope_OrganiserOfUnits_GivesUnitRolesThereOnly()
    {
        var scope = new ManagerScope(false, new HashSet<int> { 1, 2 });

        Assert.True(scope.MayGive(Data.Accounts.Role.UnitReporter, 1));
        Assert.False(scope.MayGive(Data.Accounts.Role.UnitReporter, 3));
        Assert.False(scope.MayGive(Data.Accounts.Role.Organiser, 1));
        Assert.False(scope.MayGive(Data.Accounts.Role.Reviewer, null));
        Assert.False(scope.Manages([new Data.Accounts.Membership { UserId = "u", Role = Data.Accounts.Role.UnitHead, UnitId = 1 }, new Data.Accounts.Membership { UserId = "u", Role = Data.Accounts.Role.UnitHead, UnitId = 3 }]));
        Assert.True(scope.Sees([new Data.Accounts.Membership { UserId = "u", Role = Data.Accounts.Role.UnitHead, UnitId = 3 }, new Data.Accounts.Membership { UserId = "u", Role = Data.Accounts.Role.UnitHead, UnitId = 1 }]));
    }
}
