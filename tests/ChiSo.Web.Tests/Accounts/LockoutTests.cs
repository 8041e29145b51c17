using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Accounts;

/// <summary>Own app: locking an account must not disturb the other tests.</summary>
public sealed class LockoutTests
{

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksEvenTheRightPasswordOut()
    {
        await using var factory = new WebAppFactory();
        using var browser = new Browser(factory);
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync("lanhdao@demo.chiso.vn", "Wrong-password-1");
        }

        var response = await browser.SignInAsync("lanhdao@demo.chiso.vn");
        var home = await browser.Client.GetAsync(new Uri("/", UriKind.Relative));

        // Issue 10 §3: the same answer as for a wrong password or an unknown address, so that "locked" tells no one
        // that the account exists.
        Assert.StartsWith("/signin?error=failed", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, home.StatusCode);
    }
}
