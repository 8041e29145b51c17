using System.Net;
using System.Net.Http.Json;
using ChiSo.Data.Accounts;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Accounts;

/// <summary>Issue 10 §3: sessions, tokens and sign-in.</summary>
public sealed class SessionTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    [Fact]
    public async Task CreateToken_WithAToken_Forbidden()
    {
        var token = await ApiTokenTests.CreateAsync(app, "thutruong@demo.chiso.vn", "Tích hợp");
        using var bearer = app.Bearer(token);

        using var response = await bearer.PostAsync(new Uri("/api/v1/account/tokens", UriKind.Relative), JsonContent.Create(new { name = "Mã con" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateToken_CookieOfAnAccountSignedOutEverywhere_RefusedAtOnce()
    {
        // The usual minute between cookie checks: the copied cookie still opens pages, but may not mint a token.
        await using var slow = app.App.WithWebHostBuilder(b => b.UseSetting("Accounts:StampCheckSeconds", "600"));
        using var copied = slow.CreateClient(new() { AllowAutoRedirect = false });
        using (var signedIn = await Browser.SignInAsync(copied, "baocao@demo.chiso.vn"))
        {
            Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        }

        var antiforgery = Browser.TokenIn(await AccountsApp.PageAsync(copied, "/account/tokens"));
        using (var scope = slow.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync("baocao@demo.chiso.vn"))!);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/account/tokens", UriKind.Relative)) { Content = JsonContent.Create(new { name = "Sau khi bị đăng xuất" }) };
        request.Headers.Add("RequestVerificationToken", antiforgery);
        using var response = await copied.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_RevokesTheAccountsTokens()
    {
        const string email = "doi-mat-khau@demo.chiso.vn";
        await CreateUserAsync(email, "Mat-Khau-Cu-2026");
        using var client = await app.SignInAsync(email, "Mat-Khau-Cu-2026");
        var token = await ApiTokenTests.CreateTokenAsync(client, "Tích hợp cũ");

        using var changed = await AccountsApp.PostFormAsync(client, "/account/password", "/account", new Dictionary<string, string>
        {
            ["current"] = "Mat-Khau-Cu-2026", ["password"] = "Mat-Khau-Moi-2026", ["confirm"] = "Mat-Khau-Moi-2026",
        });
        using var bearer = app.Bearer(token);
        using var response = await AccountsApp.TasksAsync(bearer);

        Assert.Contains("done=password", changed.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_Refused400AndStillSignedIn()
    {
        using var client = await app.SignInAsync("thamdinh@demo.chiso.vn");
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await client.PostAsync(new Uri("/account/signout", UriKind.Relative), empty);
        using var still = await AccountsApp.TasksAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownAccount_ChecksAPasswordAsForAKnownOne()
    {
        var hasher = new CountingHasher();
        await using var counted = app.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<ChiSoUser>>(hasher)));
        using var client = counted.CreateClient(new() { AllowAutoRedirect = false });

        using var unknown = await Browser.SignInAsync(client, "khong-ton-tai@demo.chiso.vn", "Mot-Mat-Khau-1");
        var forUnknown = hasher.Checks;
        using var known = await Browser.SignInAsync(client, "tochuc@demo.chiso.vn", "Mot-Mat-Khau-1");

        Assert.StartsWith("/signin?error=failed", unknown.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/signin?error=failed", known.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, forUnknown);
        Assert.Equal(2, hasher.Checks);
    }

    private async Task CreateUserAsync(string email, string password)
    {
        using var scope = app.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        Assert.True((await users.CreateAsync(new ChiSoUser { UserName = email, Email = email }, password)).Succeeded);
    }

    private sealed class CountingHasher : IPasswordHasher<ChiSoUser>
    {
        private readonly PasswordHasher<ChiSoUser> _real = new();
        private int _checks;

        public int Checks => _checks;

        public string HashPassword(ChiSoUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ChiSoUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _checks);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
