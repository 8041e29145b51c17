using System.Security.Cryptography;
using System.Text;
using ChiSo.Data.Results;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Results;
using ChiSo.Web.Features.Shared;
using Microsoft.Net.Http.Headers;

namespace ChiSo.Web.Features.Public;

/// <summary>
/// The open-data API (issue 14 §6): published results for anyone, without an account, at addresses that stay:
/// <c>/open/v1/campaigns</c>, <c>/open/v1/campaigns/{id}/ranking.json</c> and <c>.csv</c>. A campaign with nothing
/// published answers 404, as one that does not exist. Each answer carries a strong ETag (the snapshot's SHA-256 and
/// the format; 304 on If-None-Match), <c>Cache-Control: public, max-age=300</c> (a reopened campaign may publish a new
/// snapshot) and the licence as a <c>Link</c> header; the output cache keeps it (policy <see cref="PublicSetup.Policy"/>).
/// </summary>
public static class OpenDataEndpoints
{
    public const string Tag = "Open data";

    private const string TagText = "Dữ liệu mở: kết quả đã công bố, không cần đăng nhập, giấy phép CC BY 4.0. Open data: published results, no sign-in, licensed CC BY 4.0.";

    public const string CacheControl = "public, max-age=300";

    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/open/v1").AllowAnonymous().CacheOutput(PublicSetup.Policy).WithApiTag(Tag, TagText);
        open.MapGet("/campaigns", ListCampaigns).WithName("ListOpenCampaigns")
            .WithSummary("Published campaigns: id, framework id and edition, year, title, unit level, publication date (UTC), links; licence CC BY 4.0")
            .Produces<OpenCampaignList>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status400BadRequest);
        open.MapGet("/campaigns/{id:int}/ranking.json", RankingJson).WithName("GetOpenRankingJson")
            .WithSummary("A published campaign's ranking as JSON: per unit, for the total, every node and every view, {code}_points, {code}_value (0–1) and {code}_rank")
            .Produces<OpenRankingDocument>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/campaigns/{id:int}/ranking.csv", RankingCsv).WithName("GetOpenRankingCsv")
            .WithSummary("The same ranking as CSV (UTF-8 with BOM, comma-separated, numbers with a dot before the decimals; same column names as the JSON fields)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListCampaigns(HttpContext http, ResultsReader reader, CancellationToken ct)
    {
        var campaigns = await reader.PublishedCampaignsAsync(ct);
        var version = string.Join(';', campaigns.Select(c => $"{c.Id}:{c.SnapshotId}"));
        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version)))[..32] + ".campaigns";
        return Answer(http, tag, () => TypedResults.Ok(new OpenCampaignList(OpenLicence.Current, [.. campaigns.Select(OpenCampaign.Of)])));
    }

    private static async Task<IResult> RankingJson(int id, HttpContext http, ResultsReader reader, CancellationToken ct) =>
        await reader.PublishedAsync(id, ct) is { } results
            ? Answer(http, results.PayloadHash + ".json", () => TypedResults.Ok(Document(results)))
            : NotPublished();

    private static async Task<IResult> RankingCsv(int id, HttpContext http, ResultsReader reader, CancellationToken ct) =>
        await reader.PublishedAsync(id, ct) is { } results
            ? Answer(http, results.PayloadHash + ".csv", () => TypedResults.File(
                Editions.DiffFiles.Csv(OpenRanking.Table(results)), "text/csv; charset=utf-8", $"xep-hang-{results.Campaign.FrameworkId}-{results.Campaign.Year}-{id}.csv"))
            : NotPublished();

    /// <summary>The JSON form of <see cref="OpenRanking.Table"/>: the same fields, one object per unit.</summary>
    public static OpenRankingDocument Document(CampaignResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var table = OpenRanking.Table(results);
        var units = table.Rows.Select(row =>
        {
            var unit = new Dictionary<string, object?>(row.Length, StringComparer.Ordinal);
            for (var i = 0; i < row.Length; i++)
            {
                unit[table.Columns[i].Name] = row[i];
            }

            return unit;
        }).ToList();
        return new OpenRankingDocument(
            OpenCampaign.Of(results), OpenLicence.Current, results.PayloadHash,
            results.Definition.Display.As == DisplayAs.Points ? "points" : "value", results.Definition.Display.Decimals,
            [.. results.Columns.Select(c => new OpenNode(c.Code, c.Name.Vi, c.Name.En, c.MaxPoints, c.Depth, c.ParentCode, c.IsView, c.Scored))],
            [.. table.Columns.Select(c => new OpenField(c.Name, c.Title, c.Kind switch
            {
                ColumnKind.Text => "text",
                ColumnKind.Number => "number",
                ColumnKind.Rank => "rank",
                ColumnKind.Date => "date",
            }))],
            units);
    }

    /// <summary>The open-data headers, and 304 when the caller already holds this version.</summary>
    private static IResult Answer(HttpContext http, string version, Func<IResult> body)
    {
        var etag = new EntityTagHeaderValue($"\"{version}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        http.Response.Headers.CacheControl = CacheControl;
        http.Response.Headers.Link = $"<{OpenLicence.Current.Url}>; rel=\"license\"";
        var asked = http.Request.GetTypedHeaders().IfNoneMatch;
        return asked.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : body();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotPublished() => TypedResults.Problem(
        L.T("Không tìm thấy kết quả đã công bố của kỳ đánh giá này.", "No published result of this campaign was found."),
        statusCode: StatusCodes.Status404NotFound);
}
