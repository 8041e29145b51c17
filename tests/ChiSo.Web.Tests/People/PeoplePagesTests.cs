using System.Net;
using ChiSo.Web.Tests.Accounts;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.People;

/// <summary>The pages, as a person clicks through them with a cookie and the forms' antiforgery tokens.</summary>
public sealed class PeoplePagesTests(PeopleApp app) : IClassFixture<PeopleApp>
{
    [Fact]
    public async Task ListPage_SearchWithoutDiacritics_ShowsThePersonLinkedToTheirPage()
    {
        var id = await app.CreateAsync("Nguyễn Thị Trang", PeopleApp.NewEmail("trang"));
        using var admin = await SignInAsync("quantri@demo.chiso.vn");

        var page = await AccountsApp.PageAsync(admin, "/people?q=nguyen+thi+trang");

        Assert.Contains($"href=\"/people/{id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Trang", page, StringComparison.Ordinal);
        Assert.Contains("1 người", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPersonForm_TwoMemberships_CreatesAndShowsThePersonPage()
    {
        var email = PeopleApp.NewEmail("bieumau");
        using var admin = await SignInAsync("quantri@demo.chiso.vn");
        var token = Browser.TokenIn(await AccountsApp.PageAsync(admin, "/people/new"));
        using var form = new FormUrlEncodedContent(
        [
            new("_handler", "create"), new("__RequestVerificationToken", token),
            new("name", "Hồ Biểu Mẫu"), new("email", email), new("phone", "0912 345 679"),
            new("role", "UnitReporter"), new("unit", "80.S08"),
            new("role", "Leader"), new("unit", "80"),
            new("role", ""), new("unit", ""),
        ]);

        using var response = await admin.PostAsync(new Uri("/people/new", UriKind.Relative), form);
        var location = response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString ?? "";
        var page = await AccountsApp.PageAsync(admin, location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đã tạo người dùng và gửi thư mời.", page, StringComparison.Ordinal);
        Assert.Contains("Cán bộ báo cáo", page, StringComparison.Ordinal);
        Assert.Contains("Lãnh đạo", page, StringComparison.Ordinal);
        Assert.Contains("0912 345 679", page, StringComparison.Ordinal);
        Assert.Contains("Tạo tài khoản, gửi thư mời", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPersonForm_ProvinceOrganiserGivesAdministrator_400ReasonShownNothingCreated()
    {
        var email = PeopleApp.NewEmail("leoquyen");
        using var organiser = await SignInAsync(PeopleApp.ProvinceOrganiser);
        var token = Browser.TokenIn(await AccountsApp.PageAsync(organiser, "/people/new"));
        using var form = new FormUrlEncodedContent(
        [
            new("_handler", "create"), new("__RequestVerificationToken", token),
            new("name", "Leo Quyền"), new("email", email), new("phone", ""),
            new("role", "Administrator"), new("unit", ""),
        ]);

        using var response = await organiser.PostAsync(new Uri("/people/new", UriKind.Relative), form);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bạn không được giao vai trò \"Quản trị hệ thống\"", page, StringComparison.Ordinal);
        await using var db = app.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task PersonPage_DeactivateForm_DeactivatesAndRevokesTokens()
    {
        var email = PeopleApp.NewEmail("vohieu");
        var id = await app.CreateAsync("Vô Hiệu", email);
        using var admin = await SignInAsync("quantri@demo.chiso.vn");
        var token = Browser.TokenIn(await AccountsApp.PageAsync(admin, $"/people/{id}"));
        using var form = new FormUrlEncodedContent([new("_handler", "deactivate"), new("__RequestVerificationToken", token)]);

        using var response = await admin.PostAsync(new Uri($"/people/{id}", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewContext();
        var user = await db.Users.SingleAsync(u => u.Id == id);
        Assert.True(user.LockoutEnd?.Year >= 9999);
        Assert.Contains("Kích hoạt lại tài khoản", await AccountsApp.PageAsync(admin, $"/people/{id}"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = app.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await Browser.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
