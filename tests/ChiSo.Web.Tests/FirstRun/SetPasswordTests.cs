using System.Net;
using System.Text.RegularExpressions;
using ChiSo.Data.Accounts;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.FirstRun;

/// <summary>The set-password page (/account/set-password?ticket=…) that invitations and <c>chiso users add</c> link to.</summary>
public sealed class SetPasswordTests : IAsyncLifetime
{
    private const string NewPassword = "Bao-Cao-2026!";

    private FirstRunApp App { get; } = new();

    private string _userId = "";

    [Fact]
    public async Task ValidTicket_ShowsTheFormWithoutTheTicketInAnyLink()
    {
        var ticket = await IssueAsync();
        using var client = App.Client();

        using var page = await client.GetAsync(Path(ticket));
        var html = await FirstRunApp.TextAsync(page);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("baocao@so.gov.vn", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/account/set-password\"", html, StringComparison.Ordinal);
        Assert.True(Regex.Count(html, Regex.Escape(ticket)) == 1, html);
        Assert.Contains($"name=\"ticket\" value=\"{ticket}\"", html, StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(page.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task ValidTicket_SetsThePasswordConfirmsTheAddressAndSendsToSignIn()
    {
        var ticket = await IssueAsync();
        string stampBefore;
        await using (var db = App.NewContext())
        {
            stampBefore = (await db.Users.SingleAsync(u => u.Id == _userId)).SecurityStamp!;
        }

        using var client = App.Client();
        using var set = await PostAsync(client, ticket, NewPassword);
        var signInPage = await FirstRunApp.TextAsync(await client.GetAsync(set.Headers.Location));
        using var signedIn = await Browser.SignInAsync(App.Client(), "baocao@so.gov.vn", NewPassword);
        await using var after = App.NewContext();
        var user = await after.Users.SingleAsync(u => u.Id == _userId);

        Assert.Equal("/signin?done=password", set.Headers.Location?.PathAndQuery);
        Assert.Contains("Đã đặt mật khẩu", signInPage, StringComparison.Ordinal);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.True(user.EmailConfirmed);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        Assert.True(await after.AuditEvents.AnyAsync(e => e.Action == "set-password-with-link" && e.EntityId == _userId));
    }

    [Fact]
    public async Task UsedTwice_SaysItWasUsedAndKeepsTheFirstPassword()
    {
        var ticket = await IssueAsync();
        using var client = App.Client();
        var token = await TokenAsync(client, ticket);
        using var first = await PostAsync(client, ticket, NewPassword, token);

        using var again = await client.GetAsync(Path(ticket));
        using var second = await PostAsync(client, ticket, "Khac-Hoan-Toan-9!", token);
        using var signedIn = await Browser.SignInAsync(App.Client(), "baocao@so.gov.vn", NewPassword);

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("đã được dùng", await FirstRunApp.TextAsync(again), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ExpiredSupersededAndUnknownTickets_SayWhyAndWhereToAsk()
    {
        var superseded = await IssueAsync();
        var expired = await IssueAsync(TimeSpan.Zero);
        using var client = App.Client();

        using var expiredPage = await client.GetAsync(Path(expired));
        using var supersededPage = await client.GetAsync(Path(superseded));
        using var unknownPage = await client.GetAsync(Path("khong-phai-ma"));
        using var noTicket = await client.GetAsync(new Uri("/account/set-password", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Gone, expiredPage.StatusCode);
        var expiredText = await FirstRunApp.TextAsync(expiredPage);
        Assert.True(expiredText.Contains("đã hết hạn", StringComparison.Ordinal), expiredText);
        Assert.Contains("đường dẫn mới hơn", await FirstRunApp.TextAsync(supersededPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownPage.StatusCode);
        Assert.Contains("không đúng hoặc không đầy đủ", await FirstRunApp.TextAsync(unknownPage), StringComparison.Ordinal);
        Assert.Contains("Hãy xin đường dẫn mới", await FirstRunApp.TextAsync(unknownPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noTicket.StatusCode);
        Assert.Contains("Hãy mở lại đường dẫn trong thư mời", await FirstRunApp.TextAsync(noTicket), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedPassword_LeavesTheTicketUsable()
    {
        var ticket = await IssueAsync();
        using var client = App.Client();
        var token = await TokenAsync(client, ticket);

        using var weak = await PostAsync(client, ticket, "ngan", token);
        using var published = await PostAsync(client, ticket, Browser.Password, token);
        using var mismatch = await PostAsync(client, ticket, NewPassword, token, confirm: "Khac-Nhau-2026!");
        using var good = await PostAsync(client, ticket, NewPassword, token);

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("ít nhất 10 ký tự", await FirstRunApp.TextAsync(weak), StringComparison.Ordinal);
        Assert.Contains("được công bố", await FirstRunApp.TextAsync(published), StringComparison.Ordinal);
        Assert.Contains("Hai lần nhập", await FirstRunApp.TextAsync(mismatch), StringComparison.Ordinal);
        Assert.Equal("/signin?done=password", good.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task DemoOff_TheValidatorRefusesThePublishedPasswordForAnyAccountAndKeepsTheOtherRules()
    {
        using var scope = App.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        var user = await users.FindByIdAsync(_userId);

        var published = await users.AddPasswordAsync(user!, Browser.Password);
        var shortOne = await users.AddPasswordAsync(user!, "Ab-1");

        Assert.Contains(published.Errors, e => e.Code == PublishedPasswordValidator.ErrorCode);
        Assert.Contains(shortOne.Errors, e => e.Code == "PasswordTooShort");
    }

    public async Task InitializeAsync()
    {
        using var scope = App.App.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCreation>();
        await accounts.CreateAsync(new NewAccount("quantri@so.gov.vn", "Quản trị", Role.Administrator, null, FirstRunApp.StrongPassword), "test");
        var created = await accounts.CreateAsync(new NewAccount("baocao@so.gov.vn", "Cán bộ báo cáo", Role.Organiser, null, null), "test");
        _userId = created.User!.Id;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private async Task<string> IssueAsync(TimeSpan? lifetime = null)
    {
        using var scope = App.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountTickets>().IssueAsync(_userId, "test", lifetime);
    }

    private static Uri Path(string ticket) => new($"/account/set-password?ticket={Uri.EscapeDataString(ticket)}", UriKind.Relative);

    private static async Task<string> TokenAsync(HttpClient client, string ticket) =>
        Browser.TokenIn(await client.GetStringAsync(Path(ticket)));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string ticket, string password, string? token = null, string? confirm = null)
    {
        token ??= await TokenAsync(client, ticket);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "set-password",
            ["__RequestVerificationToken"] = token,
            ["ticket"] = ticket,
            ["password"] = password,
            ["confirm"] = confirm ?? password,
        });
        return await client.PostAsync(new Uri("/account/set-password", UriKind.Relative), form);
    }
}
