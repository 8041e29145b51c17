using ChiSo.Data;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Results;

/// <summary>
/// Published results everyone may read without signing in: the ranking page (<c>/public/campaigns/{id}</c>,
/// <see cref="RankingPage"/>) and its downloads. A campaign with nothing published answers 404 everywhere here.
/// </summary>
public static class ResultsFeature
{
    public static IServiceCollection AddResults(this IServiceCollection services)
    {
        services.AddScoped<RankingTables>();
        services.AddScoped<PublishedCampaignIds>();
        return services;
    }

    public static void MapResults(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public/campaigns/{id:int}").AllowAnonymous().ExcludeFromDescription().CacheOutput("public");
        group.MapGet("/ranking.xlsx", (HttpContext http, int id, RankingTables tables) =>
            DownloadAsync(http, id, tables, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", RankingFiles.Workbook));
        group.MapGet("/ranking.csv", (HttpContext http, int id, RankingTables tables) =>
            DownloadAsync(http, id, tables, "csv", "text/csv; charset=utf-8", RankingFiles.Csv));
        group.MapGet("/ranking.json", (HttpContext http, int id, RankingTables tables) =>
            DownloadAsync(http, id, tables, "json", "application/json; charset=utf-8", RankingFiles.Json));
    }

    private static async Task DownloadAsync(HttpContext http, int id, RankingTables tables, string extension, string contentType, Func<RankingView, byte[]> write)
    {
        var outcome = await tables.BuildAsync(id, RankingRequest.From(http.Request.Query) with { Page = null }, http.RequestAborted);
        if (outcome.View is not { } view)
        {
            await ErrorPages.WriteAsync(http, outcome.Status, outcome.Message!);
            return;
        }

        var bytes = write(view);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = RankingFiles.FileName(view, extension) }.ToString();
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}

/// <summary>
/// The campaigns with a published result, read once per request on a context of its own (ADR 0006: the links that
/// ask it render beside their page), for the "Kết quả công bố" links of the home and campaign pages.
/// </summary>
public sealed class PublishedCampaignIds(DatabaseOptions options)
{
    private Task<HashSet<int>>? _ids;

    public async Task<bool> ContainsAsync(int campaignId) => (await (_ids ??= ReadAsync())).Contains(campaignId);

    private async Task<HashSet<int>> ReadAsync()
    {
        var db = ChiSoDatabase.CreateContext(options);
        await using (db)
        {
            return [.. await db.ResultSnapshots.AsNoTracking().Where(s => s.Published).Select(s => s.CampaignId).Distinct().ToListAsync()];
        }
    }
}
