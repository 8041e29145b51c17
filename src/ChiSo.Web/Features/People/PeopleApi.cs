using System.Security.Claims;
using System.Text.Json.Serialization;
using ChiSo.Data.Accounts;
using ChiSo.Engine;
using ChiSo.Web.Features.Setup;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.People;

public sealed record MembershipItem([property: JsonConverter(typeof(JsonStringEnumConverter<Role>))] Role Role, string? UnitCode, string? UnitName);

public sealed record PersonItem(string Id, string Name, string Email, string? Phone, bool Active, bool Manageable, IReadOnlyList<MembershipItem> Memberships);

public sealed record PeopleList(int Total, int Page, int PageSize, IReadOnlyList<PersonItem> People);

public sealed record PersonInvitation(DateTime? SentAt, DateTime? Expires, bool Used, bool HasPassword);

public sealed record PersonEventItem(DateTime At, string Actor, string Action, string? After);

public sealed record PersonItemDetails(PersonItem Person, PersonInvitation Invitation, IReadOnlyList<PersonEventItem> History);

public sealed record MembershipRequest([property: JsonConverter(typeof(JsonStringEnumConverter<Role>))] Role Role, string? UnitCode);

public sealed record CreatePersonRequest(string? Name, string? Email, string? Phone, IReadOnlyList<MembershipRequest>? Memberships);

public sealed record SetMembershipsRequest(IReadOnlyList<MembershipRequest>? Memberships);

public sealed record CreatedPerson(string Id);

public sealed record SheetRowItem(int Line, string Name, string Email, string Phone, string UnitCode, string Role, bool Good, IReadOnlyList<Bilingual> Problems);

public sealed record SheetPreview(string PreviewId, int Rows, IReadOnlyList<SheetRowItem> Outcomes);

public sealed record AppliedSheet(int Created);

/// <summary>
/// People under /api/v1/people for administrators and organisers, within their scope (docs/adr/0021-who-manages-whom.md).
/// Bearer callers need no antiforgery token; cookie callers send it in the <c>RequestVerificationToken</c> header.
/// </summary>
public static class PeopleApi
{
    public static void MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/people").RequireAuthorization(AccessPolicies.PeopleManager)
            .WithApiTag("People", "Người dùng và vai trò của họ (quản trị viên; ban tổ chức trong phạm vi đơn vị của mình): danh sách, tạo và mời, vai trò, vô hiệu hóa, mời lại, mời theo tệp. People and their roles (administrators; organisers within their units): list, create and invite, roles, deactivate, re-invite, invite from a sheet.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", List).WithName("ListPeople").WithSummary("People the caller manages or sees, filtered and paged (search ignores diacritics)");
        api.MapPost("/", Create).AddEndpointFilter<AntiforgeryHeader>().WithName("CreatePerson").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Create a person with their memberships and send the invitation");
        api.MapGet("/sheet/template", Template).WithName("DownloadPeopleSheetTemplate").Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .WithSummary("The Excel template for inviting people in bulk, with drop-down lists of roles and unit codes");
        api.MapPost("/sheet/preview", Preview).AddEndpointFilter<AntiforgeryHeader>().WithName("PreviewPeopleSheet").Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Check a people sheet (.xlsx or CSV, multipart field \"file\"): every row's outcome; a problem listing every bad row when there is one");
        api.MapPost("/sheet/{previewId}/apply", Apply).AddEndpointFilter<AntiforgeryHeader>().WithName("ApplyPeopleSheet")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Create and invite everyone of a checked sheet, in one transaction (all or nobody)");

        var one = api.MapGroup("/{id}").ProducesProblem(StatusCodes.Status404NotFound);
        one.MapGet("/", Get).WithName("GetPerson").WithSummary("A person: details, memberships, last invitation and audit history");
        one.MapPut("/memberships", SetMemberships).AddEndpointFilter<AntiforgeryHeader>().WithName("SetPersonMemberships").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Replace the person's memberships (role × unit code; an empty code is system-wide)");
        one.MapPost("/deactivate", Deactivate).AddEndpointFilter<AntiforgeryHeader>().WithName("DeactivatePerson").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Deactivate: no sign-in, sessions ended, API tokens revoked (people are never deleted)");
        one.MapPost("/reactivate", Reactivate).AddEndpointFilter<AntiforgeryHeader>().WithName("ReactivatePerson")
            .WithSummary("Reactivate a deactivated person");
        one.MapPost("/invitation", Resend).AddEndpointFilter<AntiforgeryHeader>().WithName("ResendInvitation").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Send a new invitation link; the older links stop working");
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<Ok<PeopleList>> List(string? q, string? role, int? unitId, bool? active, int? page, int? pageSize,
        ClaimsPrincipal user, PeopleScopes scopes, PeopleDirectory directory, CancellationToken ct)
    {
        var query = new PeopleQuery(Trim(q), PersonRules.ParseRole(role ?? ""), unitId, active, page ?? 1, pageSize ?? PeopleQuery.DefaultPageSize);
        var found = await directory.ListAsync(query, await scopes.OfAsync(user, ct), ct);
        return TypedResults.Ok(new PeopleList(found.Total, found.Page, found.PageSize, [.. found.People.Select(Item)]));
    }

    private static async Task<Results<Ok<PersonItemDetails>, ProblemHttpResult>> Get(string id, ClaimsPrincipal user, PeopleScopes scopes, PeopleDirectory directory, CancellationToken ct)
    {
        if (await directory.GetAsync(id, await scopes.OfAsync(user, ct), ct) is not { } details)
        {
            return Problems.NotFound();
        }

        return TypedResults.Ok(new PersonItemDetails(Item(details.Person),
            new PersonInvitation(details.InvitedAt, details.InvitationExpires, details.InvitationUsed, details.HasPassword),
            [.. details.History.Select(e => new PersonEventItem(e.At, e.Actor, e.Action, e.After))]));
    }

    private static async Task<Results<Created<CreatedPerson>, ProblemHttpResult>> Create(CreatePersonRequest request, ClaimsPrincipal user, PeopleScopes scopes, PeopleChanges changes, CancellationToken ct)
    {
        var person = new NewPerson((request.Name ?? "").Trim(), (request.Email ?? "").Trim(), (request.Phone ?? "").Trim(), Memberships(request.Memberships));
        var result = await changes.CreateAsync(person, await scopes.OfAsync(user, ct), SetupApi.Actor(user), ct);
        return result.Outcome == ChangeOutcome.Done
            ? TypedResults.Created($"/api/v1/people/{result.Id}", new CreatedPerson(result.Id!))
            : Refusal(result);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetMemberships(string id, SetMembershipsRequest request, ClaimsPrincipal user, PeopleScopes scopes, PeopleChanges changes, CancellationToken ct) =>
        Answer(await changes.SetMembershipsAsync(id, Memberships(request.Memberships), await scopes.OfAsync(user, ct), SetupApi.Actor(user), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> Deactivate(string id, ClaimsPrincipal user, PeopleScopes scopes, PeopleChanges changes, UserManager<ChiSoUser> users, CancellationToken ct) =>
        Answer(await changes.DeactivateAsync(id, await scopes.OfAsync(user, ct), SetupApi.Actor(user), users.GetUserId(user), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> Reactivate(string id, ClaimsPrincipal user, PeopleScopes scopes, PeopleChanges changes, CancellationToken ct) =>
        Answer(await changes.ReactivateAsync(id, await scopes.OfAsync(user, ct), SetupApi.Actor(user), ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> Resend(string id, ClaimsPrincipal user, PeopleScopes scopes, PeopleChanges changes, CancellationToken ct) =>
        Answer(await changes.ResendAsync(id, await scopes.OfAsync(user, ct), SetupApi.Actor(user), ct));

    private static async Task<FileContentHttpResult> Template(ClaimsPrincipal user, PeopleScopes scopes, PeopleTemplate template, CancellationToken ct) =>
        TypedResults.File(await template.BytesAsync(await scopes.OfAsync(user, ct), ct), Xlsx, "moi-nguoi-dung.xlsx");

    private static async Task<Results<Ok<SheetPreview>, ProblemHttpResult>> Preview(HttpRequest request, ClaimsPrincipal user, PeopleScopes scopes, PeopleImport import, UserManager<ChiSoUser> users, CancellationToken ct)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (SheetUpload.Refusal(file) is { } refusal)
        {
            return ApiProblems.Invalid(refusal);
        }

        await using var stream = file!.OpenReadStream();
        var check = await import.CheckAsync(stream, Path.GetFileName(file.FileName), await scopes.OfAsync(user, ct), users.GetUserId(user)!, ct);
        if (check.FileProblems.Count > 0)
        {
            return ApiProblems.Of(StatusCodes.Status400BadRequest, check.FileProblems);
        }

        var rows = check.Rows.Select(r => new SheetRowItem(r.Line, r.Name, r.Email, r.Phone, r.UnitCode, r.Role, r.IsGood, r.Problems)).ToList();
        if (!check.CanApply)
        {
            var problem = ApiProblems.Of(StatusCodes.Status400BadRequest, check.Rows.Where(r => !r.IsGood)
                .SelectMany(r => r.Problems.Select(p => new Bilingual($"Dòng {r.Line}: {p.Vi}", $"Row {r.Line}: {p.En}"))));
            problem.ProblemDetails.Extensions["rows"] = rows;
            return problem;
        }

        return TypedResults.Ok(new SheetPreview(check.PreviewId!, rows.Count, rows));
    }

    private static async Task<Results<Ok<AppliedSheet>, ProblemHttpResult>> Apply(string previewId, ClaimsPrincipal user, PeopleScopes scopes, PeopleImport import, UserManager<ChiSoUser> users, CancellationToken ct)
    {
        var applied = await import.ApplyAsync(previewId, await scopes.OfAsync(user, ct), users.GetUserId(user)!, SetupApi.Actor(user), ct);
        return applied switch
        {
            null => Problems.NotFound(),
            { Problems.Count: > 0 } => ApiProblems.Of(StatusCodes.Status400BadRequest, applied.Value.Problems),
            _ => TypedResults.Ok(new AppliedSheet(applied.Value.Created)),
        };
    }

    private static List<NewMembership> Memberships(IReadOnlyList<MembershipRequest>? requests) =>
        [.. (requests ?? []).Select(m => new NewMembership(m.Role, (m.UnitCode ?? "").Trim()))];

    private static Results<NoContent, ProblemHttpResult> Answer(ChangeResult result) =>
        result.Outcome == ChangeOutcome.Done ? TypedResults.NoContent() : Refusal(result);

    private static ProblemHttpResult Refusal(ChangeResult result) => result.Outcome switch
    {
        ChangeOutcome.NotFound => Problems.NotFound(),
        ChangeOutcome.Forbidden => ApiProblems.Of(StatusCodes.Status403Forbidden, result.Problems),
        _ => ApiProblems.Of(StatusCodes.Status400BadRequest, result.Problems),
    };

    private static PersonItem Item(PersonSummary p) =>
        new(p.Id, p.Name, p.Email, p.Phone, p.Active, p.Manageable, [.. p.Memberships.Select(m => new MembershipItem(m.Role, m.UnitCode, m.UnitName))]);

    private static string? Trim(string? text) => text is null ? null : text.Length > PeopleQuery.MaxSearch ? text[..PeopleQuery.MaxSearch] : text.Trim();
}
