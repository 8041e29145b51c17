using System.Net;
using ChiSo.Web.Tests.Accounts;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Admin;

public sealed class AdminUsersTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private const string Administrator = "quantri@demo.chiso.vn";

    [Fact]
    public async Task UsersPage_Administrator_ListsAccountsWithRolesUnitsAndActions()
    {
        using var admin = await app.SignInAsync(Administrator);

        var page = await AccountsApp.PageAsync(admin, "/admin/users");
        var home = await AccountsApp.PageAsync(admin, "/");

        Assert.Contains("baocao@demo.chiso.vn", page, StringComparison.Ordinal);
        Assert.Contains("Thủ trưởng đơn vị · Sở Khoa học và Công nghệ", page, StringComparison.Ordinal);
        Assert.Contains("Quản trị hệ thống · toàn hệ thống", page, StringComparison.Ordinal);
        Assert.Contains("Đặt lại mật khẩu", page, StringComparison.Ordinal);
        Assert.Contains("Đăng xuất mọi nơi", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/users\"", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tochuc@demo.chiso.vn")]
    [InlineData("baocao@demo.chiso.vn")]
    public async Task UsersPage_NotAdministrator_Forbidden403WithoutTheList(string email)
    {
        using var client = await app.SignInAsync(email);

        using var response = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var home = await AccountsApp.PageAsync(client, "/");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Chỉ quản trị hệ thống được quản lý tài khoản.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("thamdinh@demo.chiso.vn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/users\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_Anonymous_SentToSignIn()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_WeakPassword_RefusedWithVietnameseReasonsAndUnchanged()
    {
        using var admin = await app.SignInAsync(Administrator);
        var id = await IdOfAsync("thamdinh@demo.chiso.vn");

        using var response = await AccountsApp.PostFormAsync(admin, $"/admin/users/{id}/password", "/admin/users",
            new Dictionary<string, string> { ["password"] = "matkhau", ["confirm"] = "matkhau" });
        var page = await AccountsApp.PageAsync(admin, response.Headers.Location!.OriginalString);
        using var old = await app.SignInAsync("thamdinh@demo.chiso.vn");

        Assert.Contains("Chưa đặt lại được mật khẩu", page, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", page, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất một ký tự đặc biệt", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_Valid_UnlocksEndsSessionsAndAuditsWithoutThePassword()
    {
        const string Email = "lanhdao@demo.chiso.vn";
        const string NewPassword = "Quan-tri-dat-2026";
        var id = await IdOfAsync(Email);
        using var target = await app.SignInAsync(Email);
        using var bearer = app.Bearer(await ApiTokenTests.CreateAsync(app, Email, "Tích hợp"));
        await LockAsync(Email);
        using var admin = await app.SignInAsync(Administrator);

        using var response = await AccountsApp.PostFormAsync(admin, $"/admin/users/{id}/password", "/admin/users",
            new Dictionary<string, string> { ["password"] = NewPassword, ["confirm"] = NewPassword });
        using var ended = await AccountsApp.TasksAsync(target);
        using var tokenEnded = await AccountsApp.TasksAsync(bearer);
        using var again = await app.SignInAsync(Email, NewPassword);
        await using var db = app.NewContext();
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "User" && e.EntityId == id).ToListAsync();

        Assert.StartsWith($"/admin/users?user={id}&done=reset", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenEnded.StatusCode);
        var entry = Assert.Single(audit, e => e.Action == "reset-password");
        Assert.Equal(Administrator, entry.Actor);
        Assert.DoesNotContain(NewPassword, entry.After ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlock_LockedAccount_SignsInAgainAndIsAudited()
    {
        const string Email = "baocao@demo.chiso.vn";
        var id = await IdOfAsync(Email);
        await LockAsync(Email);
        using var admin = await app.SignInAsync(Administrator);
        var listed = await AccountsApp.PageAsync(admin, "/admin/users");

        using var response = await AccountsApp.PostFormAsync(admin, $"/admin/users/{id}/unlock", "/admin/users");
        using var again = await app.SignInAsync(Email);
        await using var db = app.NewContext();

        Assert.Contains("Đang bị khóa", listed, StringComparison.Ordinal);
        Assert.Contains("done=unlock", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityId == id && e.Action == "unlock"));
    }

    [Fact]
    public async Task SignOutEverywhere_ByAdministrator_TheUsersSessionIsRefused()
    {
        const string Email = "thutruong@demo.chiso.vn";
        var id = await IdOfAsync(Email);
        using var target = await app.SignInAsync(Email);
        using var admin = await app.SignInAsync(Administrator);

        using var response = await AccountsApp.PostFormAsync(admin, $"/admin/users/{id}/signout-everywhere", "/admin/users");
        using var ended = await AccountsApp.TasksAsync(target);
        using var adminStill = await AccountsApp.TasksAsync(admin);

        Assert.Contains("done=signout", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminStill.StatusCode);
    }

    [Theory]
    [InlineData("unlock")]
    [InlineData("signout-everywhere")]
    [InlineData("password")]
    public async Task Actions_Organiser_Forbidden403(string action)
    {
        var id = await IdOfAsync("baocao@demo.chiso.vn");
        using var organiser = await app.SignInAsync("tochuc@demo.chiso.vn");

        using var response = await AccountsApp.PostFormAsync(organiser, $"/admin/users/{id}/{action}", "/account",
            new Dictionary<string, string> { ["password"] = "Khong-duoc-2026", ["confirm"] = "Khong-duoc-2026" });
        await using var db = app.NewContext();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.EntityId == id && e.Actor == "tochuc@demo.chiso.vn"));
    }

    [Fact]
    public async Task Actions_Anonymous_SentToSignIn()
    {
        var id = await IdOfAsync("baocao@demo.chiso.vn");
        using var client = app.Anonymous();
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await client.PostAsync(new Uri($"/admin/users/{id}/unlock", UriKind.Relative), empty);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_WithoutAntiforgeryToken_Refused400()
    {
        var id = await IdOfAsync("baocao@demo.chiso.vn");
        using var admin = await app.SignInAsync(Administrator);
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await admin.PostAsync(new Uri($"/admin/users/{id}/signout-everywhere", UriKind.Relative), empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Actions_UnknownUser_NotFound404()
    {
        using var admin = await app.SignInAsync(Administrator);

        using var response = await AccountsApp.PostFormAsync(admin, "/admin/users/no-such-user/unlock", "/admin/users");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Deactivate_Administrator_AccountCannotSignInItsSessionEndsAndItsTokensStop()
    {
        const string email = "vo-hieu@demo.chiso.vn";
        const string password = "Vo-Hieu-Hoa-2026";
        using (var scope = app.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Accounts.ChiSoUser>>();
            Assert.True((await users.CreateAsync(new Data.Accounts.ChiSoUser { UserName = email, Email = email }, password)).Succeeded);
        }

        using var target = await app.SignInAsync(email, password);
        var token = await ApiTokenTests.CreateTokenAsync(target, "Tích hợp sẽ bị vô hiệu");
        using var admin = await app.SignInAsync(Administrator);

        using var response = await AccountsApp.PostFormAsync(admin, $"/admin/users/{await IdOfAsync(email)}/deactivate", "/admin/users");
        using var session = await AccountsApp.TasksAsync(target);
        using var bearer = app.Bearer(token);
        using var withToken = await AccountsApp.TasksAsync(bearer);
        using var again = app.Anonymous();
        using var signIn = await Browser.SignInAsync(again, email, password);
        var list = await AccountsApp.PageAsync(admin, "/admin/users");

        Assert.Contains("done=deactivate", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withToken.StatusCode);
        Assert.StartsWith("/signin?error=", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Đã vô hiệu hóa", list, StringComparison.Ordinal);
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = app.NewContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task LockAsync(string email)
    {
        await using var db = app.NewContext();
        await db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, TimeProvider.System.GetUtcNow().AddHours(1)));
    }
}
