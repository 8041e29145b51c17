using System.Net;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>
    /// At start only the demo accounts' addresses are checked (hashing every account's password took seconds per
    /// thousand accounts); any other account is kept from the published password by the password validator instead.
    /// </summary>
    [Fact]
    public async Task Start_DemoOff_ChecksOnlyTheDemoAddressesAndRefusesThePublishedPasswordForNewOnes()
    {
        await using var demo = new WebAppFactory();
        demo.CreateClient().Dispose();
        await using (var db = demo.NewContext())
        {
            // A real account that somehow holds the published password (set before the validator existed).
            var hash = new Microsoft.AspNetCore.Identity.PasswordHasher<ChiSo.Data.Accounts.ChiSoUser>().HashPassword(new(), Browser.Password);
            await db.Users.Where(u => u.Email!.EndsWith("@demo.chiso.vn")).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue));
            await db.Users.Where(u => u.Email == "quantri@demo.chiso.vn").ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Email, "quantri@so.gov.vn").SetProperty(u => u.NormalizedEmail, "QUANTRI@SO.GOV.VN")
                .SetProperty(u => u.UserName, "quantri@so.gov.vn").SetProperty(u => u.NormalizedUserName, "QUANTRI@SO.GOV.VN")
                .SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null).SetProperty(u => u.PasswordHash, hash));
        }

        await using var plain = demo.WithWebHostBuilder(b => b.UseSetting("Demo:Seed", "false"));
        using var client = plain.CreateClient();
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var scope = plain.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ChiSo.Data.Accounts.ChiSoUser>>();
        var other = (await users.FindByEmailAsync("thamdinh@demo.chiso.vn"))!;
        var refused = await users.ChangePasswordAsync((await users.FindByEmailAsync("quantri@so.gov.vn"))!, Browser.Password, Browser.Password);
        var reset = await users.RemovePasswordAsync(other);
        var again = await users.AddPasswordAsync(other, Browser.Password);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(refused.Errors, e => e.Code == ChiSo.Data.Accounts.PublishedPasswordValidator.ErrorCode);
        Assert.True(reset.Succeeded);
        Assert.Contains(again.Errors, e => e.Code == ChiSo.Data.Accounts.PublishedPasswordValidator.ErrorCode);
    }
}
