using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChiSo.Web.Tests.Accounts;

/// <summary>A page's plain form post to the API after its session has ended goes to sign-in and back to the page.</summary>
public sealed class EndedSessionFormPostTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    [Fact]
    public async Task PlainFormPost_NoSession_RedirectsToSignInAndBackToThePage()
    {
        using var client = app.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["points"] = "5", ["back"] = "/campaigns/1/review/units/2" });

        using var post = await client.PostAsync(new Uri("/api/v1/campaigns/1/confirmation-extensions", UriKind.Relative), form);
        using var json = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/campaigns/1/confirmation-extensions", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["back"] = "/campaigns/1/review" }),
        };
        json.Headers.Accept.ParseAdd("application/json");
        using var script = await client.SendAsync(json);
        using var foreign = await client.PostAsync(new Uri("/api/v1/campaigns/1/confirmation-extensions", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["back"] = "https://evil.example/x" }));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2Fcampaigns%2F1%2Freview%2Funits%2F2", post.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, script.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2F", foreign.Headers.Location?.OriginalString);
    }
}
