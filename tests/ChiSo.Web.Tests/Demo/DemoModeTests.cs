using System.Net;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Demo;

/// <summary>Demo mode is an explicit choice (issue 10 §1): without it no demo account exists or may sign in.</summary>
public sealed class DemoModeTests
{
    [Fact]
    public async Task Start_WithoutTheDemoSetting_NoDemoAccountNoPublishedPasswordNoBanner()
    {
        await using var factory = new WebAppFactory(demo: false);
        using var browser = new Browser(factory);

        var signIn = await browser.PageAsync("/signin");
        await using var db = factory.NewContext();

        Assert.Contains("Đăng nhập", signIn, StringComparison.Ordinal);
        Assert.DoesNotContain(Browser.Password, signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-banner", signIn, StringComparison.Ordinal);
        Assert.False(await db.Users.AnyAsync());
        Assert.False(await db.Campaigns.AnyAsync(c => c.IsDemo));
    }

    [Fact]
    public async Task DemoRun_EveryPage_ShowsTheDemoBanner()
    {
        await using var factory = new WebAppFactory();
        using var browser = new Browser(factory);
        await browser.SignInAsync("baocao@demo.chiso.vn");

        var pages = new[] { await browser.PageAsync("/"), await browser.PageAsync("/tasks"), await browser.PageAsync("/account") };

        Assert.All(pages, page => Assert.Contains("Bản chạy thử [DEMO]", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_DemoOffWhileAccountsHaveThePublishedPassword_RefusesUntilTheyAreDeactivated()
    {
        await using var demo = new WebAppFactory();
        demo.CreateClient().Dispose();
        await using var plain = demo.WithWebHostBuilder(b => b.UseSetting("Demo:Seed", "false"));

        var refused = Assert.ThrowsAny<Exception>(() => plain.CreateClient().Dispose());

        Assert.Contains("quantri@demo.chiso.vn", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("deactivate these accounts or reset their passwords", refused.ToString(), StringComparison.Ordinal);

        await using (var db = demo.NewContext())
        {
            await db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue));
        }

        await using var fixedUp = demo.WithWebHostBuilder(b => b.UseSetting("Demo:Seed", "false"));
        using var client = fixedUp.CreateClient();
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
