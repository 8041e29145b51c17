using System.Net;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Accounts;

public sealed class RateLimitTests
{
    [Fact]
    public async Task SignIn_MoreThanThePermitsInAMinute_Answers429()
    {
        await using var factory = new WebAppFactory();
        await using var limited = factory.WithWebHostBuilder(b => b.UseSetting("SignIn:PermitsPerMinute", "2"));
        using var client = limited.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@example.org", ["password"] = "x" });
            statuses.Add((await client.PostAsync(new Uri("/account/signin", UriKind.Relative), form)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
    }

    /// <summary>
    /// Issue 10 §3: behind a reverse proxy every request comes from the proxy's address, so the limit must key on the
    /// client the (listed) proxy names in X-Forwarded-For. Real Kestrel, so that the connection has an address.
    /// </summary>
    [Fact]
    public async Task SignIn_BehindAListedProxy_LimitsEachForwardedClientOnItsOwn()
    {
        await using var factory = new WebAppFactory();
        await using var proxied = factory.WithWebHostBuilder(b => b
            .UseSetting("SignIn:PermitsPerMinute", "2")
            .UseSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1")
            .UseSetting("ForwardedHeaders:KnownProxies:1", "::1"));
        proxied.UseKestrel(0);
        proxied.StartServer();
        var address = proxied.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            first.Add(await SignInFromAsync(client, "203.0.113.7"));
        }

        var other = await SignInFromAsync(client, "203.0.113.8");

        Assert.Equal(HttpStatusCode.TooManyRequests, first[2]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other);
    }

    private static async Task<HttpStatusCode> SignInFromAsync(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/signin", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@example.org", ["password"] = "x" }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
