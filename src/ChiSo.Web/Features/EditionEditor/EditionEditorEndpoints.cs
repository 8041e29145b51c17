using System.Security.Claims;
using ChiSo.Engine.Scoring;
using ChiSo.Web.Features.Setup;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.EditionEditor;

/// <summary>
/// Editing a draft framework edition: the page /editions/{id}/edit (a Razor component with its own forms) and the
/// API under /api/v1, for organisers and administrators. Every edit carries the hash it was based on.
/// </summary>
public static class EditionEditorEndpoints
{
    /// <summary>A JSON edit or rule check is a few kilobytes; the bound is checked before the body is read.</summary>
    private const long BodyLimit = 64 * 1024;

    public static IServiceCollection AddEditionEditor(this IServiceCollection services)
    {
        services.AddScoped<DraftEditing>();
        return services;
    }

    public static void MapEditionEditor(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(AccessPolicies.Organiser)
            .WithApiTag("Edition editor", "Sửa bản nháp ấn bản bộ chỉ số (ban tổ chức, quản trị viên): cây, điểm tối đa, đầu vào, công thức; mỗi thay đổi kèm mã băm của bản nháp. Editing a draft framework edition for organisers and administrators: tree, max points, inputs, rules; every edit carries the draft's hash.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/editions/{id:int}/draft", GetDraft).WithName("GetEditionDraft")
            .WithSummary("A draft edition's tree with totals per node and every validation problem; the ETag is its hash")
            .Produces<DraftDetails>(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/editions/{id:int}/draft/edits", Edit).WithName("EditEditionDraft")
            .WithSummary("Apply one edit to a draft edition, based on the hash in If-Match or basedOn; an older hash is refused with 409")
            .AddEndpointFilter<AntiforgeryHeader>().WithMetadata(new RequestSizeLimitAttribute(BodyLimit))
            .Produces<DraftDetails>(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/formulas/check", Check).WithName("CheckFormula")
            .WithSummary("Check a scoring rule as it is typed (problems with their column) and compute the points it gives for sample inputs")
            .AddEndpointFilter<AntiforgeryHeader>().WithMetadata(new RequestSizeLimitAttribute(BodyLimit))
            .Produces<FormulaCheckResponse>(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Ok<DraftDetails>, ProblemHttpResult>> GetDraft(int id, HttpContext http, DraftEditing editing, CancellationToken ct)
    {
        if (await editing.LoadAsync(id, ct) is not { } state)
        {
            return Problems.NotFound();
        }

        http.Response.Headers.ETag = $"\"{state.Hash}\"";
        return TypedResults.Ok(DraftView.Details(state));
    }

    private static async Task<Results<Ok<DraftDetails>, ProblemHttpResult>> Edit(
        int id, DraftEditRequest request, HttpContext http, ClaimsPrincipal user, DraftEditing editing, CancellationToken ct)
    {
        var basedOn = request.BasedOn ?? http.Request.Headers.IfMatch.ToString().Trim().Trim('"');
        var (edit, what, problem) = DraftEdits.From(request);
        if (edit is null)
        {
            return ApiProblems.Invalid(problem!.Value);
        }

        var result = await editing.ApplyAsync(id, basedOn, what, edit, SetupApi.Actor(user), ct);
        if (result.State is { } state)
        {
            http.Response.Headers.ETag = $"\"{state.Hash}\"";
        }

        return result.Verdict switch
        {
            EditVerdict.Applied => TypedResults.Ok(DraftView.Details(result.State!)),
            EditVerdict.NotFound => Problems.NotFound(),
            EditVerdict.Refused => ApiProblems.Invalid(result.Problem!.Value),
            EditVerdict.NotDraft => ApiProblems.Conflict(result.Problem!.Value),
            EditVerdict.Stale => Stale(result),
        };
    }

    /// <summary>409 with the current hash, so that a client can show the draft as it is now and let the person decide.</summary>
    private static ProblemHttpResult Stale(DraftEditResult result)
    {
        var problem = ApiProblems.Conflict(result.Problem!.Value);
        problem.ProblemDetails.Extensions["currentHash"] = result.State?.Hash;
        return problem;
    }

    private static Results<Ok<FormulaCheckResponse>, ProblemHttpResult> Check(FormulaCheckRequest request)
    {
        var (inputs, problem) = FormulaCheckRequest.Declared(request);
        if (problem is { } refused)
        {
            return ApiProblems.Invalid(refused);
        }

        var max = request.MaxPoints ?? 0;
        var samples = (request.Samples ?? new Dictionary<string, string?>()).Take(DraftEditing.Limits.MaxInputs)
            .ToDictionary(s => s.Key, s => s.Value is { Length: <= TextLimits.Value } v ? v : null, StringComparer.Ordinal);
        var trial = RuleTrial.Try(request.Rule ?? "", inputs, max, samples);
        return TypedResults.Ok(FormulaCheckResponse.From(request.Rule ?? "", trial));
    }
}
