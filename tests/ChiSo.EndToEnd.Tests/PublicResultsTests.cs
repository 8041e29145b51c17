using System.Text.RegularExpressions;
using ChiSo.Data.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>A visitor with no account opens a unit's profile, the map, clicks a province, and prints the scorecard.</summary>
public partial class PublicResultsTests
{
    [Fact]
    public async Task Visitor_OpensProfileAndMap_ClicksAProvince_PrintsTheScorecard()
    {
        await using var app = new KestrelApp();
        var results = await PublishedAsync(app);
        var root = app.BaseAddress.ToString().TrimEnd('/');
        var campaign = $"{root}/public/campaigns/{results.Campaign.Id}";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN" });
        page.SetDefaultTimeout(Chromium.StepTimeout);
        var problems = new List<string>();
        // Content-security-policy refusals and failed loads show up here; the browser's own favicon request is not the page's.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };

        // The profile: the snapshot's total and rank, the radar drawn.
        var quangTri = results.Unit("45")!;
        await page.GotoAsync($"{campaign}/units/45");
        await Assertions.Expect(page.Locator("#profile-rank")).ToHaveTextAsync($"{results.Stored.Rank(0, quangTri.Index)}/63");
        await Assertions.Expect(page.Locator("#profile-radar canvas")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("public-profile.png"), FullPage = true });

        // The map, then a click on Quảng Trị's part of it opens the profile of the province under the pointer.
        await page.GotoAsync($"{campaign}/map");
        await Assertions.Expect(page.Locator("#results-map[data-ready=true] canvas")).ToHaveCountAsync(1);
        await page.WaitForTimeoutAsync(1500); // ECharts' entry animation
        await page.Locator("#results-map").ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("public-map.png") });
        var point = await page.EvaluateAsync<double[]>(
            "() => echarts.getInstanceByDom(document.getElementById('results-map')).convertToPixel({ geoIndex: 0 }, [107.0, 16.72])");
        // Relative to the map's box as Playwright finds it at the click (scrolled into view, stable), not a box measured
        // before: a page that moved in between made the click land off the map (seen once under load).
        await page.Locator("#results-map").ClickAsync(new() { Position = new() { X = (float)point[0], Y = (float)point[1] } });
        await page.WaitForURLAsync(new Regex($"/public/campaigns/{results.Campaign.Id}/units/\\d+$"));
        var code = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var clicked = results.Unit(code)!;
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(clicked.Name);
        await Assertions.Expect(page.Locator("#profile-rank")).ToHaveTextAsync($"{results.Stored.Rank(0, clicked.Index)}/63");

        // The print view, and the same scorecard as a PDF printed by the server's Chromium.
        await page.GotoAsync($"{campaign}/units/45/print");
        await Assertions.Expect(page.Locator("#scorecard-rank")).ToHaveTextAsync($"{results.Stored.Rank(0, quangTri.Index)}/63");
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("public-scorecard.png"), FullPage = true });
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var pdf = await http.GetAsync(new Uri($"/public/campaigns/{results.Campaign.Id}/units/45/scorecard.pdf", UriKind.Relative));
        var bytes = await pdf.Content.ReadAsByteArrayAsync();

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(problems.Count == 0, "Browser console errors:\n" + string.Join("\n", problems));
    }

    private static async Task<CampaignResults> PublishedAsync(KestrelApp app)
    {
        using var scope = app.Services.CreateScope();
        var reader = scope.ServiceProvider.GetRequiredService<ResultsReader>();
        var campaign = (await reader.PublishedCampaignsAsync()).Single(c => c.Name == "[DEMO] DTI cấp tỉnh 2023");
        return (await reader.PublishedAsync(campaign.Id))!;
    }
}
