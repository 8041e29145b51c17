using ChiSo.Engine;
using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Web.Features.Campaigns;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Setup;

/// <summary>
/// Campaign set-up for scripts and integrators under /api/v1: the same services as the set-up pages, organisers and
/// administrators only. Changes need the antiforgery token in the <c>RequestVerificationToken</c> header (or form field).
/// </summary>
public static class SetupApi
{
    public static void MapSetupApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(AccessPolicies.Organiser).WithApiTag("Setup", "Thiết lập đợt đánh giá (ban tổ chức, quản trị viên): bộ tiêu chí, đơn vị tham gia, lịch, gia hạn, trạng thái, phân công. Campaign set-up for organisers and administrators: editions, units, schedule, extensions, status, assignments.").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/campaigns", CampaignsAsync).WithName("ListCampaigns").WithSummary("Campaigns the caller can see, with their status and allowed next statuses");
        api.MapPost("/campaigns", Create).WithName("CreateCampaign").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).WithSummary("Create a draft campaign");

        var one = api.MapGroup("/campaigns/{id:int}").AddEndpointFilter<CampaignExists>().ProducesProblem(StatusCodes.Status404NotFound);
        one.MapGet("/units", (int id, CampaignLifecycle lifecycle, CancellationToken ct) => lifecycle.UnitsAsync(id, ct))
            .WithName("ListCampaignUnits")
            .WithSummary("Units taking part, with their submission and whether they have entered anything");
        one.MapPost("/units", AddUnits).WithName("AddCampaignUnits").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).Changes(SetupChange.Units).WithSummary("Add the current units a filter finds (level, parent province, group)");
        one.MapDelete("/units/{unitId:int}", RemoveUnit).WithName("RemoveCampaignUnit").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).Changes(SetupChange.Units).WithSummary("Remove a unit that has entered nothing yet");
        one.MapPost("/units/{unitId:int}/remove", RemoveUnit).WithName("RemoveCampaignUnitByPost").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).Changes(SetupChange.Units).WithSummary("Remove a unit that has entered nothing yet (for clients without DELETE)");
        one.MapPut("/schedule", Schedule).WithName("ReplaceCampaignSchedule").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).Changes(SetupChange.Schedule).WithSummary("Replace the campaign's schedule of phases");
        one.MapPost("/extensions", Extend).WithName("GrantDeadlineExtension").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).Changes(SetupChange.Extensions).WithSummary("Grant one unit a later self-assessment deadline");
        one.MapPost("/status", ChangeStatus).WithName("ChangeCampaignStatus").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Move the campaign to another status");
        AssignmentApi.Map(one);
    }

    private static async Task<List<CampaignSummary>> CampaignsAsync(ClaimsPrincipal user, UnitAccess access, CancellationToken ct)
    {
        var rows = await CampaignRow.From((await access.CampaignsAsync(user, ct)).OrderByDescending(c => c.Year).ThenBy(c => c.Name)).ToListAsync(ct);
        return [.. rows.Select(Summary)];
    }

    private static CampaignSummary Summary(CampaignRow r) =>
        new(r.Id, r.Name, r.Year, r.FrameworkId, r.FrameworkTitle, r.Status.ToString(), [.. CampaignLifecycle.Next(r.Status).Select(s => s.ToString())]);

    private static async Task<Results<Created<CreatedCampaign>, ProblemHttpResult>> Create(CreateCampaignForm form, ClaimsPrincipal user, CampaignSetup setup, CancellationToken ct)
    {
        var (id, problems) = await setup.CreateAsync(form, Actor(user), ct);
        return id is { } created ? TypedResults.Created($"/api/v1/campaigns/{created}/units", new CreatedCampaign(created)) : ApiProblems.Of(StatusCodes.Status400BadRequest, problems);
    }

    private static async Task<Results<Ok<AddedUnits>, ProblemHttpResult>> AddUnits(int id, AddUnitsRequest request, ClaimsPrincipal user, CampaignSetup setup, CancellationToken ct)
    {
        var filter = new UnitFilter(request.Level, request.ParentId, request.GroupId);
        if (filter.IsEmpty)
        {
            return ApiProblems.Invalid(new Bilingual("Hãy chọn ít nhất một điều kiện lọc (cấp, tỉnh hoặc nhóm).", "Choose at least one filter (level, province or group)."));
        }

        var (added, refused) = await setup.AddUnitsAsync(id, filter, request.GroupCode, Actor(user), ct);
        return refused is { } reason ? ApiProblems.Invalid(reason) : TypedResults.Ok(new AddedUnits(added));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveUnit(int id, int unitId, ClaimsPrincipal user, ChiSoDbContext db, CampaignLifecycle lifecycle, CancellationToken ct)
    {
        if (!await db.CampaignUnits.AnyAsync(cu => cu.CampaignId == id && cu.UnitId == unitId, ct))
        {
            return Problems.NotFound();
        }

        return await lifecycle.RemoveUnitAsync(id, unitId, Actor(user), ct) is { } refusal ? ApiProblems.Conflict(refusal) : TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Schedule(int id, ScheduleRequest request, ClaimsPrincipal user, CampaignSetup setup, CancellationToken ct)
    {
        var phases = (request.Phases ?? []).Select(p => new PhaseDates(p.Kind, p.Opens, p.Closes)).ToList();
        var problems = await setup.SaveScheduleAsync(id, phases, Actor(user), ct);
        return problems.Count > 0 ? ApiProblems.Of(StatusCodes.Status400BadRequest, problems) : TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Extend(
        int id, ExtensionRequest request, ClaimsPrincipal user, CampaignSetup setup, TimeProvider clock, CancellationToken ct)
    {
        var problems = await setup.GrantExtensionAsync(id, request.UnitId, request.NewDeadline, request.Reason, Actor(user), clock.GetUtcNow().UtcDateTime, ct);
        return problems.Count > 0 ? ApiProblems.Of(StatusCodes.Status400BadRequest, problems) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CampaignSummary>, ProblemHttpResult>> ChangeStatus(
        int id, StatusRequest request, ClaimsPrincipal user, CampaignLifecycle lifecycle, ChiSoDbContext db, CancellationToken ct)
    {
        // Names only: Enum.TryParse would also take "1" or "7".
        if (request.Status is not { Length: > 0 } name || !name.All(char.IsLetter) || !Enum.TryParse<CampaignStatus>(name, ignoreCase: true, out var to))
        {
            return ApiProblems.Invalid(new Bilingual(
                "Trạng thái phải là một trong: Draft, Open, Review, Closed, Published.", "The status must be one of: Draft, Open, Review, Closed, Published."));
        }

        if (await lifecycle.ChangeStatusAsync(id, to, Actor(user), ct) is { } refusal)
        {
            return ApiProblems.Conflict(refusal);
        }

        return TypedResults.Ok(Summary(await CampaignRow.From(db.Campaigns.AsNoTracking().Where(c => c.Id == id)).SingleAsync(ct)));
    }

    public static string Actor(ClaimsPrincipal user) => user?.Identity?.Name ?? "?";
}

/// <summary>Answers 404 for a campaign id that does not exist, before the handler runs.</summary>
public sealed class CampaignExists(ChiSoDbContext db) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var found = IdOf(context.HttpContext) is { } id && await db.Campaigns.AnyAsync(c => c.Id == id, context.HttpContext.RequestAborted);
        return found ? await next(context) : Problems.NotFound();
    }

    /// <summary>The campaign id of the route (<c>/campaigns/{id}</c>), null when it is not a number.</summary>
    public static int? IdOf(HttpContext http) =>
        int.TryParse(http?.GetRouteValue("id")?.ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
