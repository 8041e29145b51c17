using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Units;
using ChiSo.Engine;
using ChiSo.Files.Units;
using ChiSo.Web.Features.Setup;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.UnitCatalogue;

/// <summary>
/// Units under /api/v1: every signed-in user lists, searches and reads them; administrators and organisers (within
/// their provinces) add and change a province's own bodies and the comparison groups. Bearer tokens need no
/// antiforgery header; cookie callers send it (<c>RequestVerificationToken</c>).
/// </summary>
public static class UnitsApi
{
    public static void MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1").RequireAuthorization().WithApiTag("Units", TagDescription).ProducesProblem(StatusCodes.Status401Unauthorized);
        read.MapGet("/units", List).WithName("ListUnits").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("List and search units: q (name words, diacritics and case ignored, or the start of a code), level, province (id), on (dd/MM/yyyy, default today; all=true for every period), page, size");
        read.MapGet("/units/{id:int}", Get).WithName("GetUnit").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A unit with its lineage, children, comparison groups and, for those allowed, its people and roles");
        read.MapGet("/unit-groups", (UnitGroupChanges groups, CancellationToken ct) => groups.ListAsync(ct)).WithName("ListUnitGroups")
            .WithSummary("Comparison groups with their number of members");
        read.MapGet("/units/sheet/template", Template).WithName("GetUnitSheetTemplate").Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .WithSummary("The Excel template of the bodies sheet (mã, tên, loại, đơn vị cấp trên (mã), hiệu lực từ, hiệu lực đến, nhóm so sánh)");

        var edit = app.MapGroup("/api/v1").RequireAuthorization(AccessPolicies.UnitEditor).WithApiTag("Units", TagDescription).AddEndpointFilter<AntiforgeryHeader>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        edit.MapPost("/units", Create).WithName("CreateUnitBody").WithSummary("Add a body (sở, ban, ngành…) under a province the caller manages");
        edit.MapPut("/units/{id:int}", Update).WithName("UpdateUnitBody").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Change a body's name, type, parent, validity or group (its code stays)");
        edit.MapPost("/units/{id:int}/end", End).WithName("EndUnitBody").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("End a body's validity on a day (inclusive); units are never deleted");
        edit.MapPost("/units/sheet/preview", Preview).WithName("PreviewUnitSheet").Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Check a bodies sheet (multipart field \"file\", .xlsx or CSV): every row's outcome and every bad row's reasons; nothing is written");
        edit.MapPost("/units/sheet/apply", Apply).WithName("ApplyUnitSheet").Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Check a bodies sheet again and write every row in one transaction, or none when a row is bad");
        edit.MapPost("/unit-groups", CreateGroup).WithName("CreateUnitGroup").WithSummary("Create a comparison group (ranked or not)");
        edit.MapPut("/unit-groups/{id:int}", RenameGroup).WithName("RenameUnitGroup").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Rename a comparison group and say whether it is ranked");
        edit.MapPut("/unit-groups/{id:int}/members", SetMembers).WithName("SetUnitGroupMembers").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Set a group's members (unit codes) within the caller's provinces; members elsewhere stay");
    }

    private const string TagDescription =
        "Đơn vị: danh mục hành chính (chỉ đọc) và cơ quan, đơn vị của tỉnh; nhóm so sánh. / Units: the administrative registry (read-only) and the provinces' own bodies; comparison groups.";

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<Results<Ok<UnitList>, ProblemHttpResult>> List(
        [AsParameters] UnitListQuery query, ChiSoDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (parsed, problem) = query.Read(VietnamTime.Today(clock));
        if (parsed is null)
        {
            return ApiProblems.Invalid(problem!.Value);
        }

        var found = await UnitSearch.SearchAsync(db, parsed, ct);
        return TypedResults.Ok(new UnitList(found.Total, found.Page, found.PageSize, [.. found.Items.Select(UnitItem.From)]));
    }

    private static async Task<Results<Ok<UnitItemDetails>, ProblemHttpResult>> Get(int id, ClaimsPrincipal user, UnitDetails details, CancellationToken ct) =>
        await details.ReadAsync(id, user, ct) is { } view ? TypedResults.Ok(UnitItemDetails.From(view)) : Problems.NotFound();

    private static async Task<FileContentHttpResult> Template(ClaimsPrincipal user, UnitEditing editing, UnitGroupChanges groups, ChiSoDbContext db, CancellationToken ct)
    {
        var scope = await editing.ScopeAsync(user, ct);
        var first = scope.Provinces.FirstOrDefault();
        var province = await db.Units.Where(u => u.Id == first).Select(u => u.Code).SingleOrDefaultAsync(ct) ?? "46";
        using var output = new MemoryStream();
        BodySheetTemplate.Write(output, province, [.. (await groups.ListAsync(ct)).Select(g => (g.Code, g.Name))]);
        return TypedResults.File(output.ToArray(), Xlsx, "mau-don-vi.xlsx");
    }

    private static async Task<Results<Created<BodySheetOutcome>, ProblemHttpResult>> Create(
        BodyRequest request, ClaimsPrincipal user, UnitEditing editing, BodyChanges bodies, CancellationToken ct)
    {
        var result = await bodies.CreateAsync(request.Draft(), await editing.ScopeAsync(user, ct), Actor(user), ct);
        return result.Clean ? TypedResults.Created($"/api/v1/units?q={Uri.EscapeDataString(request.Code ?? "")}", BodySheetOutcome.From(result, true)) : Refused(result);
    }

    private static async Task<Results<Ok<BodySheetOutcome>, ProblemHttpResult>> Update(
        int id, BodyRequest request, ClaimsPrincipal user, UnitEditing editing, BodyChanges bodies, CancellationToken ct) =>
        Written(await bodies.UpdateAsync(id, request.Draft(), await editing.ScopeAsync(user, ct), Actor(user), ct));

    private static async Task<Results<Ok<BodySheetOutcome>, ProblemHttpResult>> End(
        int id, EndBodyRequest request, ClaimsPrincipal user, UnitEditing editing, BodyChanges bodies, CancellationToken ct) =>
        Written(await bodies.EndAsync(id, request.ValidTo ?? "", await editing.ScopeAsync(user, ct), Actor(user), ct));

    private static async Task<Results<Ok<BodySheetOutcome>, ProblemHttpResult>> Preview(
        HttpRequest request, ClaimsPrincipal user, UnitEditing editing, BodyChanges bodies, CancellationToken ct)
    {
        var (_, rows, problems) = await BodySheetUpload.ReadAsync(await FileOf(request, ct), ct);
        return rows is null ? ApiProblems.Of(StatusCodes.Status400BadRequest, problems)
            : TypedResults.Ok(BodySheetOutcome.From(await bodies.CheckAsync(rows, await editing.ScopeAsync(user, ct), ct), false));
    }

    private static async Task<Results<Ok<BodySheetOutcome>, ProblemHttpResult>> Apply(
        HttpRequest request, ClaimsPrincipal user, UnitEditing editing, BodyChanges bodies, CancellationToken ct)
    {
        var (_, rows, problems) = await BodySheetUpload.ReadAsync(await FileOf(request, ct), ct);
        return rows is null ? ApiProblems.Of(StatusCodes.Status400BadRequest, problems)
            : Written(await bodies.ApplyAsync(rows, await editing.ScopeAsync(user, ct), Actor(user), ct));
    }

    private static async Task<Results<Created<CreatedGroup>, ProblemHttpResult>> CreateGroup(
        CreateGroupRequest request, ClaimsPrincipal user, UnitGroupChanges groups, CancellationToken ct)
    {
        var (id, problems) = await groups.CreateAsync(request.Code, request.Name, request.Ranked, Actor(user), ct);
        return id is { } created ? TypedResults.Created($"/api/v1/unit-groups/{created}", new CreatedGroup(created)) : ApiProblems.Of(StatusCodes.Status400BadRequest, problems);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RenameGroup(int id, RenameGroupRequest request, ClaimsPrincipal user, UnitGroupChanges groups, CancellationToken ct) =>
        Done(await groups.RenameAsync(id, request.Name, request.Ranked, Actor(user), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> SetMembers(
        int id, GroupMembersRequest request, ClaimsPrincipal user, UnitEditing editing, UnitGroupChanges groups, TimeProvider clock, CancellationToken ct) =>
        Done(await groups.SetMembersAsync(id, request.Codes ?? [], await editing.ScopeAsync(user, ct), VietnamTime.Today(clock), Actor(user), ct));

    private static Results<NoContent, ProblemHttpResult> Done(List<Bilingual>? problems) => problems switch
    {
        null => Problems.NotFound(),
        [] => TypedResults.NoContent(),
        _ => ApiProblems.Of(StatusCodes.Status400BadRequest, problems),
    };

    private static Results<Ok<BodySheetOutcome>, ProblemHttpResult> Written(BodyCheckResult? result) => result switch
    {
        null => Problems.NotFound(),
        { Clean: true } => TypedResults.Ok(BodySheetOutcome.From(result, true)),
        _ => Refused(result),
    };

    /// <summary>400 with every refused row's reasons in <c>problems</c>, each prefixed by its line when it has one.</summary>
    private static ProblemHttpResult Refused(BodyCheckResult result) => ApiProblems.Of(StatusCodes.Status400BadRequest,
        result.Rows.Where(r => r.Outcome == BodyOutcome.Refused).SelectMany(r => r.Problems.Select(p => r.Line > 0
            ? new Bilingual($"Dòng {r.Line} ({r.Code}): {p.Vi}", $"Line {r.Line} ({r.Code}): {p.En}") : p)));

    private static async Task<IFormFile?> FileOf(HttpRequest request, CancellationToken ct) =>
        request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;

    internal static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
