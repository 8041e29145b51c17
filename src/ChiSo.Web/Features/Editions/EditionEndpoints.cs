using System.Globalization;
using System.Security.Claims;
using ChiSo.Data.Frameworks;
using ChiSo.Files.Results;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Editions;

/// <summary>
/// Framework editions: upload, draft, publish, new edition from last year's, diff and downloads. The pages are Razor
/// components (/editions, /editions/{id}, /editions/{id}/diff/{other}); their forms post here and come back to them.
/// Organisers and administrators only, like campaign set-up.
/// </summary>
public static class EditionEndpoints
{
    public static IServiceCollection AddEditions(this IServiceCollection services)
    {
        services.AddScoped<EditionStore>();
        services.AddScoped<EditionActions>();
        services.AddSingleton<EditionChecks>();
        return services;
    }

    public static void MapEditions(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/editions").RequireAuthorization(AccessPolicies.Organiser).ExcludeFromDescription();

        // The upload checks its size before the form is read, then the antiforgery token itself (EditionUpload).
        pages.MapPost("/upload", Upload).WithMetadata(new RequestSizeLimitAttribute(EditionUpload.MaxBytes + (1024 * 1024)));
        pages.MapPost("/{id:int}/publish", Publish).WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<FormAntiforgery>();
        pages.MapPost("/{id:int}/copy", Copy).WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<FormAntiforgery>();
        pages.MapGet("/{id:int}/edition.yaml", DownloadYaml);
        pages.MapGet("/{id:int}/edition.xlsx", DownloadWorkbook);
        pages.MapGet("/{id:int}/diff/{other:int}.csv", DiffCsv);
        pages.MapGet("/{id:int}/diff/{other:int}.xlsx", DiffWorkbook);
        app.MapEditionsApi();
    }

    public static string PagePath(int id) => string.Create(CultureInfo.InvariantCulture, $"/editions/{id}");

    public static string Actor(ClaimsPrincipal user) => user?.Identity?.Name ?? "?";

    private static async Task<IResult> Upload(HttpContext context, IAntiforgery antiforgery, EditionActions actions, EditionChecks checks, CancellationToken ct)
    {
        var upload = await EditionUpload.ReadAsync(context, antiforgery, ct);
        var owner = Actor(context.User);
        if (upload.Refusal is { } refusal)
        {
            return Back("/editions", checks.Keep(owner, upload.FileName, [EditionProblem.Of(refusal)]));
        }

        var result = await actions.ImportAsync(upload.Read!, owner, ct);
        return result.Id is { } id ? TypedResults.Redirect(PagePath(id)) : Back("/editions", checks.Keep(owner, upload.FileName, result.Problems));
    }

    private static async Task<IResult> Publish(int id, ClaimsPrincipal user, EditionStore store, EditionChecks checks, CancellationToken ct)
    {
        var outcome = await store.PublishAsync(id, Actor(user), ct);
        return outcome.Done ? TypedResults.Redirect(PagePath(id))
            : Back(PagePath(id), checks.Keep(Actor(user), "", EditionResult.From(outcome).Problems));
    }

    private static async Task<IResult> Copy(int id, ClaimsPrincipal user, EditionActions actions, EditionChecks checks, CancellationToken ct)
    {
        var result = await actions.CopyAsync(id, Actor(user), ct);
        return result.Id is { } created ? TypedResults.Redirect(PagePath(created)) : Back(PagePath(id), checks.Keep(Actor(user), "", result.Problems));
    }

    private static async Task<IResult> DownloadYaml(int id, EditionStore store, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } edition ? EditionActions.Yaml(edition) : Problems.NotFound();

    private static async Task<IResult> DownloadWorkbook(int id, EditionStore store, EditionActions actions, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } edition ? actions.Workbook(edition) : Problems.NotFound();

    private static async Task<IResult> DiffCsv(int id, int other, EditionActions actions, CancellationToken ct)
    {
        if (await actions.DiffAsync(id, other, ct) is not var (earlier, later, difference))
        {
            return Problems.NotFound();
        }

        var table = EditionActions.Table(earlier, later, difference, L.IsEnglish ? Engine.Language.En : Engine.Language.Vi);
        return TypedResults.File(DiffFiles.Csv(table), "text/csv; charset=utf-8", DiffFiles.Name(earlier, later, ".csv"));
    }

    private static async Task<IResult> DiffWorkbook(int id, int other, EditionActions actions, CancellationToken ct)
    {
        if (await actions.DiffAsync(id, other, ct) is not var (earlier, later, difference))
        {
            return Problems.NotFound();
        }

        var output = new MemoryStream();
        ResultsWorkbook.Write(EditionActions.Table(earlier, later, difference, L.IsEnglish ? Engine.Language.En : Engine.Language.Vi), output);
        output.Position = 0;
        return TypedResults.File(output, EditionActions.XlsxType, DiffFiles.Name(earlier, later, ".xlsx"));
    }

    private static RedirectHttpResult Back(string path, string check) => TypedResults.Redirect($"{path}?check={check}");
}
