using System.Net;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Accounts;

public sealed class AccountPageTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private const string Reporter = "baocao@demo.chiso.vn";

    [Fact]
    public async Task AccountPage_Reporter_ShowsRoleWithUnitAndForms()
    {
        using var client = await app.SignInAsync(Reporter);

        var page = await AccountsApp.PageAsync(client, "/account");

        Assert.Contains("Cán bộ báo cáo · Sở Khoa học và Công nghệ", page, StringComparison.Ordinal);
        Assert.Contains("action=\"/account/password\"", page, StringComparison.Ordinal);
        Assert.Contains("Đăng xuất khỏi mọi thiết bị", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountPage_Anonymous_SentToSignIn()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOutEverywhere_TwoSessions_TheOtherIsRefusedAtItsNextRequest()
    {
        using var first = await app.SignInAsync("thutruong@demo.chiso.vn");
        using var second = await app.SignInAsync("thutruong@demo.chiso.vn");
        using var before = await AccountsApp.TasksAsync(first);

        using var signOut = await AccountsApp.PostFormAsync(second, "/account/signout-everywhere", "/account");
        using var after = await AccountsApp.TasksAsync(first);
        using var own = await AccountsApp.TasksAsync(second);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("/signin", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, own.StatusCode);
        await using var db = app.NewContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "sign-out-everywhere" && e.Actor == "thutruong@demo.chiso.vn"));
    }

    [Fact]
    public async Task SignOutEverywhere_WithoutAntiforgeryToken_Refused400()
    {
        using var client = await app.SignInAsync(Reporter);
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await client.PostAsync(new Uri("/account/signout-everywhere", UriKind.Relative), empty);
        using var still = await AccountsApp.TasksAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task SignOutEverywhere_Anonymous_SentToSignIn()
    {
        using var client = app.Anonymous();
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await client.PostAsync(new Uri("/account/signout-everywhere", UriKind.Relative), empty);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_WeakPassword_RefusedWithVietnameseReasons()
    {
        using var client = await app.SignInAsync(Reporter);

        using var response = await AccountsApp.PostFormAsync(client, "/account/password", "/account",
            new Dictionary<string, string> { ["current"] = Support.Browser.Password, ["password"] = "abc", ["confirm"] = "abc" });
        var page = await AccountsApp.PageAsync(client, response.Headers.Location!.OriginalString);

        Assert.StartsWith("/account?errors=", response.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", page, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ số (0–9).", page, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa (A–Z).", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrent_Refused()
    {
        using var client = await app.SignInAsync(Reporter);

        using var response = await AccountsApp.PostFormAsync(client, "/account/password", "/account",
            new Dictionary<string, string> { ["current"] = "Not-the-password-1", ["password"] = "Mới-Mật-khẩu-2026", ["confirm"] = "Mới-Mật-khẩu-2026" });
        var page = await AccountsApp.PageAsync(client, response.Headers.Location!.OriginalString);

        Assert.Contains("Mật khẩu hiện tại không đúng.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_Valid_KeepsThisSessionEndsTheOtherAndTheNewPasswordWorks()
    {
        const string Email = "lanhdao@demo.chiso.vn";
        const string NewPassword = "Lanh-dao-2026-moi";
        using var other = await app.SignInAsync(Email);
        using var client = await app.SignInAsync(Email);

        using var response = await AccountsApp.PostFormAsync(client, "/account/password", "/account",
            new Dictionary<string, string> { ["current"] = Support.Browser.Password, ["password"] = NewPassword, ["confirm"] = NewPassword });
        using var kept = await AccountsApp.TasksAsync(client);
        using var ended = await AccountsApp.TasksAsync(other);
        using var again = await app.SignInAsync(Email, NewPassword);
        await using var db = app.NewContext();
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.Action == "change-password").ToListAsync();

        Assert.Equal("/account?done=password", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        var entry = Assert.Single(audit);
        Assert.Equal(Email, entry.Actor);
        Assert.DoesNotContain(NewPassword, (entry.Before ?? "") + entry.After, StringComparison.Ordinal);
    }
}
