using System.Globalization;
using System.Net;
using System.Text.Json;
using ChiSo.Data.Results;
using ChiSo.Engine.Formulas;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Public;

/// <summary>
/// Issue 14 §6 on the demo: the DTI 2023 campaign is published (63 provinces), the DII 2023 has only an unpublished
/// round-1 result, the others none. Anonymous visitors read the first and nothing of the others.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PublicPortalTests(WebAppFactory factory)
{
    [Fact]
    public async Task PublicList_Anonymous_ListsThePublishedCampaignWithItsLinksOnly()
    {
        var (published, unpublished) = await CampaignsAsync();
        using var browser = new Browser(factory);

        using var response = await browser.Client.GetAsync(new Uri("/public", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("[DEMO] DTI cấp tỉnh 2023", html, StringComparison.Ordinal);
        foreach (var link in new[] { $"/public/campaigns/{published}", $"/public/campaigns/{published}/map", $"/public/campaigns/{published}/methodology", $"/open/v1/campaigns/{published}/ranking.csv" })
        {
            Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("id=\"signin\"", html, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", html, StringComparison.Ordinal);
        Assert.Contains("demo-banner", html, StringComparison.Ordinal);
        foreach (var (id, name) in unpublished)
        {
            Assert.DoesNotContain(name + "<", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"/public/campaigns/{id}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Methodology_PublishedCampaign_ShowsTheTreeMaxPointsRulesInWordsAndLegalBasis()
    {
        var (published, _) = await CampaignsAsync();
        var results = await PublishedAsync(published);
        var leaf = results.Definition.Tree.SelectMany(Descendants).First(n => n.IsLeaf && n.Score is not null);
        using var browser = new Browser(factory);

        var html = await browser.PageAsync($"/public/campaigns/{published}/methodology");

        Assert.Contains("<details", html, StringComparison.Ordinal);
        foreach (var root in results.Definition.Tree)
        {
            Assert.Contains($"data-code=\"{root.Code}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains(FormulaWords.Describe(leaf)!.Value.Vi, html, StringComparison.Ordinal);
        Assert.Contains(results.Definition.LegalBasis!.Number, html, StringComparison.Ordinal);
        Assert.Contains("1.000", html, StringComparison.Ordinal); // the DTI's 1,000 points, written the Vietnamese way
        Assert.Equal(results.Definition.Illustrative, html.Contains("id=\"illustrative\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Methodology_InEnglish_FollowsTheLanguageCookie()
    {
        var (published, _) = await CampaignsAsync();
        using var browser = new Browser(factory);
        using var chosen = await browser.Client.GetAsync(new Uri($"/language/en?back=/public/campaigns/{published}/methodology", UriKind.Relative));

        var english = await browser.PageAsync($"/public/campaigns/{published}/methodology");
        using var other = new Browser(factory);
        var vietnamese = await other.PageAsync($"/public/campaigns/{published}/methodology");

        Assert.Contains("The index tree", english, StringComparison.Ordinal);
        Assert.Contains("Cây chỉ số", vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicRoutes_UnpublishedOrUnknownCampaign_Answer404()
    {
        var (_, unpublished) = await CampaignsAsync();
        using var browser = new Browser(factory);

        foreach (var id in unpublished.Keys.Append(999_999))
        {
            foreach (var path in new[] { $"/public/campaigns/{id}/methodology", $"/open/v1/campaigns/{id}/ranking.json", $"/open/v1/campaigns/{id}/ranking.csv" })
            {
                using var response = await browser.Client.GetAsync(new Uri(path, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task OpenCampaigns_ListsThePublishedCampaignWithLicenceAndCachingHeaders()
    {
        var (published, unpublished) = await CampaignsAsync();
        using var browser = new Browser(factory);

        using var response = await browser.Client.GetAsync(new Uri("/open/v1/campaigns", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var campaigns = json.RootElement.GetProperty("campaigns").EnumerateArray().ToList();
        var dti = Assert.Single(campaigns, c => c.GetProperty("id").GetInt32() == published);
        Assert.Equal("dti-tinh", dti.GetProperty("frameworkId").GetString());
        Assert.Equal(2023, dti.GetProperty("year").GetInt32());
        Assert.Equal("province", dti.GetProperty("level").GetString());
        Assert.Equal($"/open/v1/campaigns/{published}/ranking.json", dti.GetProperty("links").GetProperty("rankingJson").GetString());
        Assert.DoesNotContain(campaigns, c => unpublished.ContainsKey(c.GetProperty("id").GetInt32()));
        Assert.Equal("CC BY 4.0", json.RootElement.GetProperty("licence").GetProperty("name").GetString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.Contains("rel=\"license\"", string.Join(",", response.Headers.GetValues("Link")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenRankingJson_EveryUnitEveryColumn_EqualsTheSnapshot()
    {
        var (published, _) = await CampaignsAsync();
        var results = await PublishedAsync(published);
        using var browser = new Browser(factory);

        using var json = JsonDocument.Parse(await browser.Client.GetStringAsync(new Uri($"/open/v1/campaigns/{published}/ranking.json", UriKind.Relative)));
        var root = json.RootElement;
        var units = root.GetProperty("units").EnumerateArray().ToList();

        Assert.Equal(results.PayloadHash, root.GetProperty("payloadHash").GetString());
        Assert.Equal("CC BY 4.0", root.GetProperty("licence").GetProperty("name").GetString());
        Assert.Equal(63, units.Count);
        Assert.Equal(results.Columns.Select(c => c.Code), root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.Equal(results.Units[results.Stored.Ranking(0)[0]].Code, units[0].GetProperty("unit_code").GetString());
        foreach (var unit in units)
        {
            var u = results.Unit(unit.GetProperty("unit_code").GetString()!)!.Index;
            Assert.Equal(results.Units[u].Name, unit.GetProperty("unit_name").GetString());
            foreach (var c in results.Columns)
            {
                Assert.Equal(results.Stored.Points(c.Index, u), unit.GetProperty(c.Code + "_points").GetDouble());
                AssertNumber(results.Stored.Value(c.Index, u), unit.GetProperty(c.Code + "_value"));
                var rank = results.Stored.Rank(c.Index, u);
                Assert.Equal(rank == 0 ? JsonValueKind.Null : JsonValueKind.Number, unit.GetProperty(c.Code + "_rank").ValueKind);
                Assert.Equal(rank, rank == 0 ? 0 : unit.GetProperty(c.Code + "_rank").GetInt32());
            }
        }
    }

    [Fact]
    public async Task OpenRankingCsv_EveryUnitEveryColumn_EqualsTheSnapshot()
    {
        var (published, _) = await CampaignsAsync();
        var results = await PublishedAsync(published);
        using var browser = new Browser(factory);

        using var response = await browser.Client.GetAsync(new Uri($"/open/v1/campaigns/{published}/ranking.csv", UriKind.Relative));
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray()).ToList();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var header = lines[0];
        Assert.Equal(["unit_code", "unit_name", "parent_code", "parent_name", "group"], header[..5]);
        Assert.Equal(5 + (3 * results.Columns.Count), header.Length);
        Assert.Equal(64, lines.Count);
        foreach (var row in lines.Skip(1))
        {
            var u = results.Unit(row[0])!.Index;
            foreach (var c in results.Columns)
            {
                var at = Array.IndexOf(header, c.Code + "_points");
                Assert.Equal(results.Stored.Points(c.Index, u), double.Parse(row[at], CultureInfo.InvariantCulture));
                var rank = results.Stored.Rank(c.Index, u);
                Assert.Equal(rank == 0 ? "" : rank.ToString(CultureInfo.InvariantCulture), row[at + 2]);
            }
        }
    }

    [Fact]
    public async Task OpenRanking_SameVersionAskedAgain_Answers304WithTheSnapshotsETag()
    {
        var (published, _) = await CampaignsAsync();
        var results = await PublishedAsync(published);
        using var browser = new Browser(factory);

        foreach (var format in new[] { "json", "csv" })
        {
            var path = new Uri($"/open/v1/campaigns/{published}/ranking.{format}", UriKind.Relative);
            using var first = await browser.Client.GetAsync(path);
            using var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            using var second = await browser.Client.SendAsync(again);
            using var stale = new HttpRequestMessage(HttpMethod.Get, path);
            stale.Headers.IfNoneMatch.ParseAdd("\"0000.json\"");
            using var third = await browser.Client.SendAsync(stale);

            Assert.Equal($"\"{results.PayloadHash}.{format}\"", first.Headers.ETag!.Tag);
            Assert.False(first.Headers.ETag.IsWeak);
            Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());
            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
            Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        }
    }

    [Fact]
    public async Task PublicPages_Anonymous_ServedFromTheOutputCacheTheSecondTime_SignedInNever()
    {
        var (published, _) = await CampaignsAsync();
        var path = new Uri($"/public/campaigns/{published}/methodology?cache-test={Guid.NewGuid():N}", UriKind.Relative);
        using var anonymous = new Browser(factory);
        using var signedIn = new Browser(factory);
        await signedIn.SignInAsync("tochuc@demo.chiso.vn");

        using var first = await anonymous.Client.GetAsync(path);
        using var second = await anonymous.Client.GetAsync(path);
        using var third = await signedIn.Client.GetAsync(path);
        using var fourth = await signedIn.Client.GetAsync(path);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // the output cache's answer
        Assert.Null(fourth.Headers.Age);
        Assert.Contains("Vào ứng dụng", WebUtility.HtmlDecode(await fourth.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    /// <summary>The tag the review's publish and reopen moves evict (StageMoves) is the one the public answers carry.</summary>
    [Fact]
    public async Task OpenData_CachedAnswer_IsDroppedWhenTheMovesEvictThePublishedResultsTag()
    {
        var path = new Uri($"/open/v1/campaigns?evict-test={Guid.NewGuid():N}", UriKind.Relative);
        using var browser = new Browser(factory);

        using var first = await browser.Client.GetAsync(path);
        using var cached = await browser.Client.GetAsync(path);
        await factory.Services.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>()
            .EvictByTagAsync(Features.ReviewProcess.StageMoves.PublishedResultsTag, default);
        using var fresh = await browser.Client.GetAsync(path);

        Assert.NotNull(cached.Headers.Age);
        Assert.Null(fresh.Headers.Age);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheOpenDataOperations()
    {
        using var browser = new Browser(factory);

        using var json = JsonDocument.Parse(await browser.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = json.RootElement.GetProperty("paths");

        Assert.Equal("ListOpenCampaigns", paths.GetProperty("/open/v1/campaigns").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("GetOpenRankingJson", paths.GetProperty("/open/v1/campaigns/{id}/ranking.json").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("GetOpenRankingCsv", paths.GetProperty("/open/v1/campaigns/{id}/ranking.csv").GetProperty("get").GetProperty("operationId").GetString());
    }

    private static void AssertNumber(double expected, JsonElement actual)
    {
        if (double.IsFinite(expected))
        {
            Assert.Equal(expected, actual.GetDouble());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
        }
    }

    private static IEnumerable<Engine.Frameworks.FrameworkNode> Descendants(Engine.Frameworks.FrameworkNode node) =>
        node.Children.SelectMany(Descendants).Prepend(node);

    private async Task<CampaignResults> PublishedAsync(int campaignId)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ResultsReader>().PublishedAsync(campaignId))!;
    }

    /// <summary>The demo's published campaign and the others (id → name).</summary>
    private async Task<(int Published, Dictionary<int, string> Unpublished)> CampaignsAsync()
    {
        await using var db = factory.NewContext();
        var published = await db.ResultSnapshots.Where(s => s.Published).Select(s => s.CampaignId).Distinct().ToListAsync();
        var all = await db.Campaigns.Select(c => new { c.Id, c.Name }).ToListAsync();
        var dti = all.Single(c => c.Name == "[DEMO] DTI cấp tỉnh 2023").Id;
        Assert.Contains(dti, published);
        return (dti, all.Where(c => !published.Contains(c.Id)).ToDictionary(c => c.Id, c => c.Name));
    }
}
