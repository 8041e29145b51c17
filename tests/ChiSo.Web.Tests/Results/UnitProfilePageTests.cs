using System.Net;
using ChiSo.Engine;
using ChiSo.Web.Features.Objections;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Results;

[Collection(SharedApp.Name)]
public sealed class UnitProfilePageTests(WebAppFactory factory)
{
    private static string Vi(double value, int decimals) => PeopleFormat.Number(value, decimals, Language.Vi);

    [Fact]
    public async Task Profile_Anonymous_ShowsEveryNodesPointsLostValueAndRankAsTheSnapshotHasThem()
    {
        var results = await PublicResults.PublishedAsync(factory);
        var unit = results.Unit("45")!;
        using var browser = new Browser(factory);
        var html = await browser.Client.GetStringAsync(new Uri($"/public/campaigns/{results.Campaign.Id}/units/45", UriKind.Relative));

        var d = results.Definition.Display.Decimals;
        foreach (var column in results.Columns)
        {
            var cells = PublicResults.Row(html, "score-tree", column.Code);
            var (points, value, rank) = (results.Stored.Points(column.Index, unit.Index), results.Stored.Value(column.Index, unit.Index), results.Stored.Rank(column.Index, unit.Index));
            var ranked = results.Units.Count(u => results.Stored.Rank(column.Index, u.Index) > 0);
            Assert.Equal(Vi(value, d), cells["value"]);
            Assert.Equal(rank > 0 ? $"{rank}/{ranked}" : "–", cells["rank"]);
            Assert.Equal(RoundFormat.Points(column.MaxPoints!.Value - points, d, Language.Vi), cells["lost"]);
        }

        Assert.Contains($"id=\"profile-rank\">{results.Stored.Rank(0, unit.Index)}/63<", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/json\" id=\"profile-data\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Truy vết", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_Organiser_LinksEachCriterionToTheUnitsEntryAndReview()
    {
        var results = await PublicResults.PublishedAsync(factory);
        var unit = results.Unit("45")!;
        using var browser = new Browser(factory);
        await browser.SignInAsync("tochuc@demo.chiso.vn");

        var html = await browser.PageAsync($"/public/campaigns/{results.Campaign.Id}/units/45");

        var criterion = results.Plan.Nodes[results.Plan.Leaves[0]].Code;
        var anchor = "#c-" + criterion.Replace('.', '-');
        Assert.Contains($"href=\"/campaigns/{results.Campaign.Id}/units/{unit.UnitId}{anchor}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/campaigns/{results.Campaign.Id}/review/units/{unit.UnitId}{anchor}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_TimeSeries_NamesEveryPublishedCampaignOfTheFramework()
    {
        var results = await PublicResults.PublishedAsync(factory);
        using var browser = new Browser(factory);
        var html = await browser.Client.GetStringAsync(new Uri($"/public/campaigns/{results.Campaign.Id}/units/45", UriKind.Relative));

        Assert.Contains($"<tr data-campaign=\"{results.Campaign.Id}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/units/99")]
    [InlineData("/units/99/print")]
    [InlineData("/units/99/scorecard.pdf")]
    public async Task UnknownUnit_Answers404(string tail)
    {
        var results = await PublicResults.PublishedAsync(factory);
        using var browser = new Browser(factory);

        Assert.Equal(HttpStatusCode.NotFound, await PublicResults.StatusAsync(browser.Client, $"/public/campaigns/{results.Campaign.Id}{tail}"));
    }

    [Theory]
    [InlineData("/units/45")]
    [InlineData("/units/45/print")]
    [InlineData("/units/45/scorecard.pdf")]
    [InlineData("/map")]
    public async Task UnpublishedOrMissingCampaign_Answers404ToAnonymous(string tail)
    {
        var unpublished = await PublicResults.UnpublishedIdAsync(factory);
        using var browser = new Browser(factory);

        Assert.Equal(HttpStatusCode.NotFound, await PublicResults.StatusAsync(browser.Client, $"/public/campaigns/{unpublished}{tail}"));
        Assert.Equal(HttpStatusCode.NotFound, await PublicResults.StatusAsync(browser.Client, $"/public/campaigns/999999{tail}"));
    }

    [Fact]
    public async Task PrintView_ShowsTheScorecardWithTheSnapshotsTotalAndRank()
    {
        var results = await PublicResults.PublishedAsync(factory);
        var unit = results.Unit("45")!;
        using var browser = new Browser(factory);

        var html = await browser.Client.GetStringAsync(new Uri($"/public/campaigns/{results.Campaign.Id}/units/45/print?pdf=unavailable", UriKind.Relative));

        Assert.Contains("<article class=\"scorecard\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"scorecard-total\">{Vi(results.Stored.Value(0, unit.Index), results.Definition.Display.Decimals)}<", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"scorecard-rank\">{results.Stored.Rank(0, unit.Index)}/63<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"pdf-note\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<nav aria-label=\"Điều hướng chính\"", html, StringComparison.Ordinal);
    }
}
