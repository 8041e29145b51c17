using System.Net.Http.Json;
using System.Text.Json;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Setup;

/// <summary>Calls the /api/v1 endpoints as a script of a signed-in user does: JSON, with the antiforgery token in the header.</summary>
internal static class ApiCalls
{
    public static async Task<string> TokenAsync(Browser browser) => Browser.TokenIn(await browser.PageAsync("/"));

    public static async Task<HttpResponseMessage> SendAsync(Browser browser, HttpMethod method, string path, object? body = null, string? token = null)
    {
        using var message = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is HttpContent content)
        {
            message.Content = content;
        }
        else if (body is not null)
        {
            message.Content = JsonContent.Create(body);
        }

        if (method != HttpMethod.Get)
        {
            message.Headers.Add("RequestVerificationToken", token ?? await TokenAsync(browser));
        }

        return await browser.Client.SendAsync(message);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Signs in (unless <paramref name="email"/> is null: anonymous) and returns the browser.</summary>
    public static async Task<Browser> AsAsync(WebAppFactory factory, string? email)
    {
        var browser = new Browser(factory);
        if (email is not null)
        {
            await browser.SignInAsync(email);
        }

        return browser;
    }

    /// <summary>Creates a campaign on the published departmental framework through the API; returns its id.</summary>
    public static async Task<int> CreateAsync(WebAppFactory factory, Browser browser, string name)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var editions = await JsonAsync(await browser.Client.GetAsync(new Uri("/api/v1/editions", UriKind.Relative)));
        var edition = editions.EnumerateArray().First(e => e.GetProperty("frameworkId").GetString() == "dti-so-nganh" && e.GetProperty("status").GetString() == "published").GetProperty("id").GetInt32();
        var response = await SendAsync(browser, HttpMethod.Post, "/api/v1/campaigns", new { name, year = 2026, editionId = edition });
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response)).GetProperty("id").GetInt32();
    }
}
