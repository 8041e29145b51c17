using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Support;

/// <summary>An HTTP client that keeps cookies and does what the pages do: read the antiforgery token, post the forms.</summary>
public sealed partial class Browser(WebApplicationFactory<Program> factory) : IDisposable
{
    public const string Password = ChiSo.Web.Features.Demo.DemoAccounts.Password;

    public HttpClient Client { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public Task<HttpResponseMessage> SignInAsync(string email, string password = Password) => SignInAsync(Client, email, password);

    /// <summary>Signs <paramref name="client"/> in through the sign-in form, with the form's antiforgery token, as a person does.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = TokenIn(await client.GetStringAsync(new Uri("/signin", UriKind.Relative)));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync(new Uri("/account/signin", UriKind.Relative), form);
    }

    /// <summary>Posts a value as the entry page's script does, with the token of the page.</summary>
    public Task<HttpResponseMessage> SaveAsync(int submissionId, string token, object request) => SaveAsync(Client, submissionId, token, request);

    /// <summary>Posts a value from <paramref name="client"/> as the entry page's script does, with the token of the page.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int submissionId, string token, object request)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/submissions/{submissionId}/values", UriKind.Relative))
        {
            Content = JsonContent.Create(request),
        };
        message.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(message);
    }

    /// <summary>The page's text, decoded; an answer other than 2xx fails with its status and what the app logged as errors.</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            // Apps built without WebAppFactory.Configure (a clocked or round app, say) keep no such log.
            var errors = factory.Services.GetService<AppErrors>() is { } log ? string.Join(Environment.NewLine, log.Lines) : "";
            throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {response.StatusCode}. The app logged:{Environment.NewLine}{errors}", null, response.StatusCode);
        }

        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public static string TokenIn(string html) => TokenPattern().Match(html).Groups[1].Value;

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
