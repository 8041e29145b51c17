using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChiSo.Web.Tests.Accounts;

/// <summary>
/// Issue 10 §3: wrong passwords slow the guesser down but never lock the owner out (five wrong passwords used to lock
/// the account for 15 minutes, for anyone who knew the address).
/// </summary>
public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SignIn_ThreeWrongPasswords_OwnerWaitsSecondsNotAQuarterHour()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = new WebAppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var browser = new Browser(app);
        // Three wrong guesses are free; after them, even the right password must wait a moment.
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await browser.SignInAsync("lanhdao@demo.chiso.vn", "Wrong-password-1");
            Assert.StartsWith("/signin?error=failed", wrong.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using var tooSoon = await browser.SignInAsync("lanhdao@demo.chiso.vn");
        Assert.StartsWith("/signin?error=wait&seconds=", tooSoon.Headers.Location?.OriginalString, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(10));
        using var later = await browser.SignInAsync("lanhdao@demo.chiso.vn");
        Assert.Equal("/", later.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_WaitAnswer_SameForAnExistingAndAnUnknownAddress()
    {
        var clock = new FakeTimeProvider(Start);
        await using var factory = new WebAppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var browser = new Browser(app);
        var answers = new List<string?>();
        foreach (var email in new[] { "lanhdao@demo.chiso.vn", "khong-co@demo.chiso.vn" })
        {
            for (var i = 0; i < 3; i++)
            {
                using var wrong = await browser.SignInAsync(email, "Wrong-password-1");
            }

            using var response = await browser.SignInAsync(email, "Wrong-password-1");
            answers.Add(response.Headers.Location?.OriginalString);
        }

        Assert.StartsWith("/signin?error=wait", answers[0], StringComparison.Ordinal);
        Assert.Equal(answers[0], answers[1]);
    }

    [Fact]
    public async Task SignInPage_WaitMessage_NamesTheSecondsAndIgnoresAForgedNumber()
    {
        await using var factory = new WebAppFactory();
        using var client = factory.CreateClient();
        var page = await client.GetStringAsync(new Uri("/signin?error=wait&seconds=8", UriKind.Relative));
        var forged = await client.GetStringAsync(new Uri("/signin?error=wait&seconds=%3Cscript%3E", UriKind.Relative));

        Assert.Contains("chờ 8 giây", page, StringComparison.Ordinal);
        Assert.Contains("chờ 60 giây", forged, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(6, 8)]
    [InlineData(9, 60)]
    [InlineData(1000, 60)]
    public void Delay_DoublesAfterTheFreeFailuresUpToTheLongest(int failures, int seconds)
    {
        var throttle = new SignInThrottle(TimeProvider.System, new ConfigurationBuilder().Build());
        Assert.Equal(TimeSpan.FromSeconds(seconds), throttle.Delay(failures, free: 3));
    }

    [Fact]
    public void WaitFor_ManyAccountsFromOneAddress_SlowsTheAddress()
    {
        var clock = new FakeTimeProvider(Start);
        var throttle = new SignInThrottle(clock, new ConfigurationBuilder().Build());
        for (var i = 0; i < 12; i++)
        {
            throttle.Failed($"nguoi{i}@so.gov.vn", "203.0.113.9");
        }

        Assert.True(throttle.WaitFor("nguoi-moi@so.gov.vn", "203.0.113.9") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("nguoi-moi@so.gov.vn", "198.51.100.7"));
        clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("nguoi-moi@so.gov.vn", "203.0.113.9"));
    }
}
