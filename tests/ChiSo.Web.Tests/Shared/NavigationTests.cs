using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Shared;

/// <summary>The header offers each visitor the places they can go, and no others.</summary>
[Collection(SharedApp.Name)]
public class NavigationTests(WebAppFactory factory)
{
    [Theory]
    [InlineData(null, false, false)]
    [InlineData("baocao@demo.chiso.vn", true, false)]
    [InlineData("tochuc@demo.chiso.vn", true, true)]
    [InlineData("quantri@demo.chiso.vn", true, true)]
    public async Task Header_ShowsTasksToMembersAndSetupToOrganisers(string? email, bool tasks, bool setup)
    {
        using var browser = new Browser(factory);
        if (email is not null)
        {
            await browser.SignInAsync(email);
        }

        var page = await browser.PageAsync(email is null ? "/signin" : "/");
        var header = page[..page.IndexOf("</header>", StringComparison.Ordinal)];

        Assert.Equal(tasks, header.Contains("href=\"/tasks\"", StringComparison.Ordinal));
        Assert.Equal(setup, header.Contains("href=\"/setup\"", StringComparison.Ordinal));
        Assert.Equal(email is null, header.Contains("href=\"/signin\"", StringComparison.Ordinal));
    }
}
