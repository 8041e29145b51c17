using System.Globalization;
using ChiSo.Data.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChiSo.EndToEnd.Tests;

/// <summary>Issue 14 §2, §9: a visitor without an account opens the published ranking, sorts, filters and searches it.</summary>
public class RankingTests
{
    [Fact]
    public async Task Visitor_SortsFiltersAndSearchesThePublishedRanking_SeesTheSnapshotsFigures()
    {
        await using var app = new KestrelApp();
        CampaignResults results;
        using (var scope = app.Services.CreateScope())
        {
            var reader = scope.ServiceProvider.GetRequiredService<ResultsReader>();
            var published = (await reader.PublishedCampaignsAsync()).Single(c => c.Name == "[DEMO] DTI cấp tỉnh 2023");
            results = (await reader.PublishedAsync(published.Id))!;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.StepTimeout);
        await page.GotoAsync($"{app.BaseAddress.ToString().TrimEnd('/')}/public/campaigns/{results.Campaign.Id}");

        var best = results.Units[results.Stored.Ranking(0)[0]];
        // Nine main indices and three pillar views, each with value, rank and the move since 2022; then the total.
        var total = results.MainColumns.Count() * 3;
        var firstRow = page.Locator("table.ranking tbody tr").First;
        Assert.Equal(best.Name, (await firstRow.Locator("th a").InnerTextAsync()).Trim());
        Assert.Equal(Number(results.Stored.Value(0, best.Index)), (await firstRow.Locator("td").Nth(total).InnerTextAsync()).Trim());
        Assert.Equal("1", (await firstRow.Locator("td").Nth(total + 1).InnerTextAsync()).Trim());

        await page.ClickAsync("table.ranking thead a:has-text('7. Hoạt động chính quyền số')");
        await page.WaitForURLAsync("**sort=7**");
        var bestInII = results.Units[results.Stored.Ranking(results.Column("7")!.Index)[0]];
        Assert.Equal(bestInII.Name, (await page.Locator("table.ranking tbody tr").First.Locator("th a").InnerTextAsync()).Trim());

        await page.SelectOptionAsync("select[name=region]", "btbdhmt");
        await page.ClickAsync("form.ranking-filters button[type=submit]");
        await page.WaitForURLAsync("**region=btbdhmt**");
        Assert.Equal(14, await page.Locator("table.ranking tbody tr").CountAsync());
        await page.ScreenshotAsync(new() { Path = Chromium.ScreenshotPath("ranking.png"), FullPage = true });

        await page.FillAsync("input[name=q]", "quang tri");
        await page.ClickAsync("form.ranking-filters button[type=submit]");
        await page.WaitForURLAsync("**q=quang**");
        var rows = page.Locator("table.ranking tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        var quangTri = results.Units.Single(u => u.Name == "Tỉnh Quảng Trị");
        Assert.Equal("Tỉnh Quảng Trị", (await rows.First.Locator("th a").InnerTextAsync()).Trim());
        Assert.Equal(results.Stored.Rank(0, quangTri.Index).ToString(CultureInfo.InvariantCulture), (await rows.First.Locator("td").Nth(total + 1).InnerTextAsync()).Trim());
    }

    private static string Number(double value) => Engine.PeopleFormat.Number(value, 4, Engine.Language.Vi);
}
