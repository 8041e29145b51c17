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

        Assert.StartsWith("/signin?error=locked", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
