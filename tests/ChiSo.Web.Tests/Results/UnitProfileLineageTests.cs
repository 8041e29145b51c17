using System.Globalization;
using ChiSo.Data.Results;
using ChiSo.Engine;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Results;

/// <summary>
/// The time series across the 2025 merger: the demo's DTI 2024 (34 provinces) gets a published result here, a copy
/// of the 2023 payload (its codes that name a 2024 province are read as that province). New Quảng Trị (44) merged
/// old Quảng Bình (44) and old Quảng Trị (45).
/// </summary>
public sealed class UnitProfileLineageTests(WebAppFactory factory) : IClassFixture<WebAppFactory>, IAsyncLifetime
{
    private CampaignResults _before = default!;
    private int _after;

    public async Task InitializeAsync()
    {
        _before = await PublicResults.PublishedAsync(factory);
        _after = await PublicResults.UnpublishedIdAsync(factory);
        await using var db = factory.NewContext();
        var published = await db.ResultSnapshots.AsNoTracking().SingleAsync(s => s.Id == _before.SnapshotId);
        db.ResultSnapshots.Add(new ResultSnapshot
        {
            CampaignId = _after, Round = 2, FrameworkHash = published.FrameworkHash, InputsHash = published.InputsHash,
            EngineVersion = published.EngineVersion, CreatedAt = published.CreatedAt.AddYears(1), CreatedBy = "kiem-thu",
            Published = true, Payload = published.Payload, PayloadHash = published.PayloadHash,
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task NewProvince_BeforeTheMerger_ShowsTheMeanOfItsPredecessorsNamed()
    {
        using var browser = new Browser(factory);

        var html = await browser.PageAsync($"/public/campaigns/{_after}/units/44");

        var mean = (_before.Stored.Value(0, _before.Unit("44")!.Index) + _before.Stored.Value(0, _before.Unit("45")!.Index)) / 2;
        var row = Row(html, _before.Campaign.Id);
        Assert.Contains("trước sáp nhập: trung bình của Tỉnh Quảng Bình, Tỉnh Quảng Trị", row, StringComparison.Ordinal);
        Assert.Contains($">{PeopleFormat.Number(mean, _before.Definition.Display.Decimals, Language.Vi)}<", row, StringComparison.Ordinal);
        Assert.Contains("<tr data-campaign=\"" + _after.ToString(CultureInfo.InvariantCulture) + "\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OldProvince_AfterTheMerger_ShowsTheProvinceItWentInto()
    {
        using var browser = new Browser(factory);

        var html = await browser.PageAsync($"/public/campaigns/{_before.Campaign.Id}/units/45");

        Assert.Contains("sau sáp nhập: thuộc Tỉnh Quảng Trị", Row(html, _after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_UnitsAfterTheMerger_DrawThe34ProvinceLayer()
    {
        using var browser = new Browser(factory);

        var html = await browser.PageAsync($"/public/campaigns/{_after}/map");

        Assert.Contains("vn-provinces-34", html, StringComparison.Ordinal);
        Assert.DoesNotContain("vn-provinces-63", html, StringComparison.Ordinal);
    }

    private static string Row(string html, int campaignId)
    {
        var start = html.IndexOf($"<tr data-campaign=\"{campaignId}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for campaign {campaignId}.");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
