using System.Net;
using System.Net.Http.Headers;
using ChiSo.Data;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Accounts;

/// <summary>
/// An app of its own (these tests change passwords, stamps and locks) whose cookies are re-checked against the
/// security stamp on every request, so that "signed out everywhere" shows at once.
/// </summary>
public sealed class AccountsApp : IAsyncLifetime
{
    private WebAppFactory Factory { get; } = new();

    public AccountsApp() => App = Factory.WithWebHostBuilder(b => b.UseSetting("Accounts:StampCheckSeconds", "0"));

    public WebApplicationFactory<Program> App { get; }

    public ChiSoDbContext NewContext() => ChiSoDatabase.CreateContext(App.Services.GetRequiredService<DatabaseOptions>());

    public HttpClient Anonymous() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client with only the bearer header: no cookie, no antiforgery token.</summary>
    public HttpClient Bearer(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<HttpClient> SignInAsync(string email, string password = Browser.Password)
    {
        var client = Anonymous();
        using var response = await Browser.SignInAsync(client, email, password);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    public static async Task<string> PageAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
    }

    /// <summary>Posts a form as the page does: with the antiforgery token of <paramref name="tokenPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string tokenPage, IDictionary<string, string>? fields = null)
    {
        var token = Browser.TokenIn(await PageAsync(client, tokenPage));
        var all = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token };
        using var form = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public static Task<HttpResponseMessage> TasksAsync(HttpClient client) =>
        client.GetAsync(new Uri("/api/v1/tasks", UriKind.Relative));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
