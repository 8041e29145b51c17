using System.Net;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Accounts;

/// <summary>Issue 10 §3: a normal sign-out ends the session on the server; a copy of its cookie stops working at once.</summary>
public sealed class SignOutTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private const string Email = "lanhdao@demo.chiso.vn";

    [Fact]
    public async Task SignOut_CopiedCookie_RefusedAtOnceWhileTheOtherDeviceStaysSignedIn()
    {
        // Ten minutes between security-stamp checks: only the ended session can explain a refusal.
        await using var slow = app.App.WithWebHostBuilder(b => b.UseSetting("Accounts:StampCheckSeconds", "600"));
        using var phone = slow.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (await Browser.SignInAsync(phone, Email))
        {
        }

        // The laptop's session, driven by hand so that its cookie can be copied.
        using var client = slow.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var (signInPage, signInToken) = await PageAsync(client, "/signin", null);
        using var signIn = await PostAsync(client, "/account/signin", signInPage, new()
        {
            ["email"] = Email, ["password"] = Browser.Password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = signInToken,
        });
        var auth = CookieFrom(signIn, "chiso.auth");
        var (accountPage, token, before) = await PageWithResponseAsync(client, "/account", auth);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        before.Dispose();

        using var signedOut = await PostAsync(client, "/account/signout", auth + "; " + accountPage, new() { ["__RequestVerificationToken"] = token });
        var (_, _, copy) = await PageWithResponseAsync(client, "/account", auth);
        using var other = await phone.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal("/signin", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, copy.StatusCode);
        Assert.Contains("/signin?ReturnUrl=", copy.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        await using var db = app.NewContext();
        Assert.True(await db.EndedSessions.AnyAsync());
    }

    /// <summary>GETs a page with the given cookies; the antiforgery cookie it sets and the form token in it.</summary>
    private static async Task<(string Cookie, string Token)> PageAsync(HttpClient client, string path, string? cookies)
    {
        var (cookie, token, response) = await PageWithResponseAsync(client, path, cookies);
        response.Dispose();
        return (cookie, token);
    }

    private static async Task<(string Cookie, string Token, HttpResponseMessage Response)> PageWithResponseAsync(HttpClient client, string path, string? cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }

        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var antiforgery = response.Headers.TryGetValues("Set-Cookie", out var set)
            ? set.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)) ?? ""
            : "";
        var token = html.Contains("__RequestVerificationToken", StringComparison.Ordinal) ? Browser.TokenIn(html) : "";
        return (antiforgery, token, response);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string cookies, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request);
    }

    private static string CookieFrom(HttpResponseMessage response, string prefix) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).First(c => c.StartsWith(prefix, StringComparison.Ordinal));
}
