using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ChiSo.EndToEnd.Tests.Security;

/// <summary>A person's HTTP session against the app on Kestrel: real sockets, its own cookies, no redirects followed.</summary>
internal sealed partial class HttpSession : IDisposable
{
    public const string DemoPassword = ChiSo.Web.Features.Demo.DemoAccounts.Password;

    private HttpSession(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        Client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; }

    public static HttpSession Anonymous(KestrelApp app) => new(app.BaseAddress);

    public static async Task<HttpSession> SignInAsync(KestrelApp app, string email, string password = DemoPassword)
    {
        var session = new HttpSession(app.BaseAddress);
        using var response = await session.SignInAsync(email, password);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return session;
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var token = await TokenAsync("/signin");
        return await PostFormAsync("/account/signin", new() { ["email"] = email, ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token });
    }

    public async Task<string> PageAsync(string path) => await Client.GetStringAsync(new Uri(path, UriKind.Relative));

    /// <summary>The antiforgery token of the form on <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        var match = TokenPattern().Match(await PageAsync(path));
        Assert.True(match.Success, $"no antiforgery token on {path}");
        return match.Groups[1].Value;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>A JSON or multipart call as the pages' scripts make it: with the page's token in the header.</summary>
    public async Task<HttpResponseMessage> ApiAsync(HttpMethod method, string path, HttpContent? content, string token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("RequestVerificationToken", token);
        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body, string token) => ApiAsync(HttpMethod.Post, path, JsonContent.Create(body), token);

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
