using System.Net;
using ChiSo.Web.Tests.Support;

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
}
