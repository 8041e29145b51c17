using System.Net;
using System.Text.RegularExpressions;
using ChiSo.Data.Results;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Results;

/// <summary>The demo's published DTI 2023 (63 provinces) and its unpublished DTI 2024, read as the pages read them.</summary>
internal static partial class PublicResults
{
    public static async Task<CampaignResults> PublishedAsync(WebAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var reader = scope.ServiceProvider.GetRequiredService<ResultsReader>();
        var campaign = (await reader.PublishedCampaignsAsync()).Single(c => c.Name == "[DEMO] DTI cấp tỉnh 2023");
        return (await reader.PublishedAsync(campaign.Id))!;
    }

    public static async Task<int> UnpublishedIdAsync(WebAppFactory factory)
    {
        await using var db = factory.NewContext();
        return await db.Campaigns.Where(c => c.Name == "[DEMO] DTI cấp tỉnh 2024").Select(c => c.Id).SingleAsync();
    }

    public static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>The cells of the row of a node (data-node) in the table with the given id, by their data- mark.</summary>
    public static Dictionary<string, string> Row(string html, string tableId, string code)
    {
        var table = Regex.Match(html, $"<table[^>]*id=\"{Regex.Escape(tableId)}\".*?</table>", RegexOptions.Singleline).Value;
        var row = Regex.Match(table, $"<tr[^>]*data-(?:node|unit)=\"{Regex.Escape(code)}\"[^>]*>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        return Cell().Matches(row).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value.Trim()));
    }

    [GeneratedRegex("<td class=\"num\" data-(\\w+)[^>]*>([^<]*)</td>")]
    private static partial Regex Cell();
}
