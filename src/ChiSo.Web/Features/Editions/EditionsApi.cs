using System.Security.Claims;
using ChiSo.Data.Frameworks;
using ChiSo.Engine.Frameworks;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Editions;

/// <summary>An edition as the API lists it; <c>status</c> is <c>draft</c> or <c>published</c>, <c>hash</c> the SHA-256 of its YAML.</summary>
public sealed record EditionInfo(int Id, string FrameworkId, int Edition, string Title, string Status, string Hash, int? BasedOnId, DateTime? PublishedAt);

/// <summary>An edition with its text.</summary>
public sealed record EditionDetails(EditionInfo Edition, string Yaml, int Nodes, int Criteria, double MaxPoints);

/// <summary>An edition stored or published.</summary>
public sealed record EditionCreated(int Id, string Hash);

/// <summary>The differences between two editions and the crosswalk between them.</summary>
public sealed record EditionDiff(int EarlierId, int LaterId, IReadOnlyList<EditionChange> Changes, IReadOnlyList<CrosswalkLink> Crosswalk);

/// <summary>One change: <c>kind</c> is added, removed, renamed, recoded, moved, max_points, rule or inputs.</summary>
public sealed record EditionChange(string Kind, string? EarlierCode, string? LaterCode, string Name, string? Before, string? After, string Vi, string En);

/// <summary>
/// /api/v1/editions: list, upload, get, publish, copy, diff, export. Organisers and administrators; with a bearer token
/// or, from a signed-in page, the antiforgery token in the <c>RequestVerificationToken</c> header. A refused upload is
/// a problem details whose <c>problems</c> list every problem with its place (line and column, or sheet and cell).
/// </summary>
public static class EditionsApi
{
    public static void MapEditionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/editions").RequireAuthorization(AccessPolicies.Organiser)
            .WithApiTag("Editions", "Bộ chỉ số và các phiên bản (ban tổ chức, quản trị viên): danh sách, tải lên, xem, ban hành, tạo phiên bản mới, so sánh, tải về. Framework editions for organisers and administrators: list, upload, get, publish, copy, diff, export.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", List).WithName("ListEditions").WithSummary("Every framework edition: id, framework id, edition, title, status (draft or published) and hash")
            .Produces<List<EditionInfo>>();
        api.MapPost("/", UploadEdition).WithName("UploadEdition").WithSummary("Upload a framework (YAML, framework workbook or criteria sheet) as a draft edition")
            .WithMetadata(new RequestSizeLimitAttribute(EditionUpload.MaxBytes + (1024 * 1024)))
            .Accepts<IFormFile>("multipart/form-data").Produces<EditionCreated>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        var one = api.MapGroup("/{id:int}").ProducesProblem(StatusCodes.Status404NotFound);
        one.MapGet("/", Get).WithName("GetEdition").WithSummary("One edition with its YAML text").Produces<EditionDetails>();
        one.MapPost("/publish", PublishEdition).WithName("PublishEdition").WithSummary("Publish a draft edition (checked again first); it can no longer change")
            .AddEndpointFilter<AntiforgeryHeader>().Produces<EditionCreated>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        one.MapPost("/copy", CopyEdition).WithName("CopyEdition").WithSummary("New edition from this one: a draft copy with the next edition number")
            .AddEndpointFilter<AntiforgeryHeader>().Produces<EditionCreated>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        one.MapGet("/diff/{other:int}", Diff).WithName("DiffEditions").WithSummary("Changes from this edition to another (added, removed, renamed, moved, max points, rule) and the crosswalk")
            .Produces<EditionDiff>();
        one.MapGet("/export", Export).WithName("ExportEdition").WithSummary("Download the edition as YAML (to=yaml, the stored text) or as a workbook (to=xlsx)")
            .Produces<string>(StatusCodes.Status200OK, "application/yaml", EditionActions.XlsxType).ProducesProblem(StatusCodes.Status400BadRequest);
    }

    public static EditionInfo Info(FrameworkEdition e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.FrameworkId, e.Edition, e.Title, StatusWord(e.Status), e.ContentHash, e.BasedOnId, e.PublishedAt);
    }

    public static string StatusWord(EditionStatus status) => status switch
    {
        EditionStatus.Draft => "draft",
        EditionStatus.Published => "published",
    };

    private static async Task<List<EditionInfo>> List(EditionStore store, CancellationToken ct) =>
        [.. (await store.ListAsync(ct)).Select(e => new EditionInfo(e.Id, e.FrameworkId, e.Edition, e.Title, StatusWord(e.Status), e.ContentHash, e.BasedOnId, e.PublishedAt))];

    private static async Task<IResult> UploadEdition(HttpContext context, IAntiforgery antiforgery, EditionActions actions, EditionStore store, CancellationToken ct)
    {
        var upload = await EditionUpload.ReadAsync(context, antiforgery, ct);
        if (upload.Refusal is { } refusal)
        {
            return Refused(upload.Status, [EditionProblem.Of(refusal)]);
        }

        var result = await actions.ImportAsync(upload.Read!, EditionEndpoints.Actor(context.User), ct);
        if (result.Id is not { } id)
        {
            return Refused(StatusCodes.Status400BadRequest, result.Problems);
        }

        var stored = await store.FindAsync(id, ct);
        return TypedResults.Created(EditionEndpoints.PagePath(id), new EditionCreated(id, stored!.ContentHash));
    }

    private static async Task<Results<Ok<EditionDetails>, ProblemHttpResult>> Get(int id, EditionStore store, EditionActions actions, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } edition)
        {
            return Problems.NotFound();
        }

        var framework = actions.Model(edition).Framework;
        var nodes = framework is null ? [] : FrameworkTree.Descendants(framework.Tree).ToList();
        return TypedResults.Ok(new EditionDetails(Info(edition), edition.Yaml, nodes.Count, nodes.Count(n => n.IsLeaf), framework is null ? 0 : FrameworkTree.TotalOf(framework)));
    }

    private static async Task<IResult> PublishEdition(int id, ClaimsPrincipal user, EditionStore store, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } edition)
        {
            return Problems.NotFound();
        }

        var outcome = await store.PublishAsync(id, EditionEndpoints.Actor(user), ct);
        return outcome.Done ? TypedResults.Ok(new EditionCreated(id, edition.ContentHash))
            : Refused(edition.Status == EditionStatus.Published ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, EditionResult.From(outcome).Problems);
    }

    private static async Task<IResult> CopyEdition(int id, ClaimsPrincipal user, EditionStore store, EditionActions actions, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is null)
        {
            return Problems.NotFound();
        }

        var result = await actions.CopyAsync(id, EditionEndpoints.Actor(user), ct);
        if (result.Id is not { } created)
        {
            return Refused(StatusCodes.Status409Conflict, result.Problems);
        }

        var stored = await store.FindAsync(created, ct);
        return TypedResults.Created(EditionEndpoints.PagePath(created), new EditionCreated(created, stored!.ContentHash));
    }

    private static async Task<Results<Ok<EditionDiff>, ProblemHttpResult>> Diff(int id, int other, EditionActions actions, CancellationToken ct)
    {
        if (await actions.DiffAsync(id, other, ct) is not var (earlier, later, difference))
        {
            return Problems.NotFound();
        }

        var changes = difference.Changes.Select(c => new EditionChange(Files.Frameworks.DiffTable.Kind(c.Kind).Machine, c.EarlierCode, c.LaterCode, c.Name, c.Before, c.After, c.Text.Vi, c.Text.En)).ToList();
        return TypedResults.Ok(new EditionDiff(earlier.Id, later.Id, changes, difference.Crosswalk));
    }

    private static async Task<IResult> Export(int id, string? to, EditionStore store, EditionActions actions, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } edition)
        {
            return Problems.NotFound();
        }

        return (to ?? "yaml") switch
        {
            "yaml" => EditionActions.Yaml(edition),
            "xlsx" => actions.Workbook(edition),
            _ => Problems.Invalid(L.T("Tham số to phải là yaml hoặc xlsx.", "The parameter to must be yaml or xlsx.")),
        };
    }

    /// <summary>Problem details listing every problem, each with its place, code and both languages.</summary>
    private static ProblemHttpResult Refused(int status, IReadOnlyList<EditionProblem> problems)
    {
        var errors = problems.Where(p => p.IsError).ToList();
        var detail = L.T(
            $"Tệp chưa được lưu: {errors.Count} lỗi. Hãy sửa rồi tải lên lại.", $"The file was not stored: {errors.Count} error(s). Fix them and upload it again.");
        if (problems.Count == 1)
        {
            detail = problems[0].Shown;
        }

        return TypedResults.Problem(detail, statusCode: status, extensions: new Dictionary<string, object?> { ["problems"] = problems });
    }
}
