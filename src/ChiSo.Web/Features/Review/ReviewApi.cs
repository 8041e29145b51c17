using System.Security.Claims;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.Review;

public sealed record InputReviewItem(string Id, string Label, string Type, double? Number, string? Text, string Shown, int? Round);

public sealed record CriterionReviewItem(
    string Code, string Name, double MaxPoints, double? SelfPoints, double? RulePoints, double? ReviewedPoints, string? Reason,
    string? ReviewedBy, DateTime? ReviewedAt, int? Version, bool MayReview, bool Disputed, bool Changed, int Evidence, IReadOnlyList<InputReviewItem> Inputs);

public sealed record UnitReviewDetails(
    int CampaignId, int UnitId, string UnitCode, string UnitName, int SubmissionId, string Stage, string Filter, IReadOnlyList<CriterionReviewItem> Criteria);

public sealed record SaveReviewPointsRequest(string? Criterion, double? Points, string? Reason, int? Version);

/// <summary>The reviewed points as stored (after a save, or the newer ones another reviewer saved first).</summary>
public sealed record ReviewedPointsItem(string Criterion, double? Points, string? Reason, string? ReviewedBy, DateTime? ReviewedAt, int Version)
{
    public static ReviewedPointsItem Of(CriterionScore row) =>
        new(row.CriterionCode, row.ReviewerPoints, row.ReviewerReason, row.ReviewedBy, row.ReviewedAt, row.Version);
}

public sealed record AcceptRulePointsRequest(IReadOnlyList<string>? Criteria);

public sealed record AcceptedRulePoints(int Accepted);

public sealed record AssignReviewerRequest(string? User, int? UnitId, string? NodeCode);

/// <summary>
/// The review under /api/v1: reviewers of a campaign (organisers), a unit's review (its reviewers; organisers
/// read-only), saving reviewed points and accepting the rule's. Bearer callers need no antiforgery token; cookie
/// callers send it in the <c>RequestVerificationToken</c> header.
/// </summary>
public static class ReviewApi
{
    private const string Tag = "Review";

    public static void MapReviewApi(this IEndpointRouteBuilder app)
    {
        var description = "Thẩm định vòng 1: hội đồng thẩm định, điểm thẩm định từng tiêu chí. Round-1 review: reviewers and reviewed points per criterion.";
        var reviewers = app.MapGroup("/api/v1/campaigns/{id:int}/reviewers").RequireAuthorization(AccessPolicies.Organiser).WithApiTag(Tag, description)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        reviewers.MapGet("/", ListReviewers).WithName("ListCampaignReviewers").WithSummary("The campaign's reviewer assignments (campaign, unit, group of criteria)");
        reviewers.MapPost("/", Assign).AddEndpointFilter<AntiforgeryHeader>().WithName("AssignCampaignReviewer")
            .WithSummary("Assign a person holding the Reviewer role to the campaign, one unit or the criteria under one node (never their own unit)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        reviewers.MapDelete("/{assignmentId:int}", Remove).AddEndpointFilter<AntiforgeryHeader>().WithName("RemoveCampaignReviewer")
            .WithSummary("Remove one reviewer assignment (points already reviewed stay)");

        app.MapGet("/api/v1/campaigns/{id:int}/review/units/{unitId:int}", GetUnit).RequireAuthorization().WithApiTag(Tag, description)
            .WithName("GetUnitReview").WithSummary("A unit's review: per criterion the submitted inputs, the unit's, the rule's and the reviewed points, reasons and versions")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        var submission = app.MapGroup("/api/v1/submissions/{id:int}/review").RequireAuthorization().WithApiTag(Tag, description)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        submission.MapPost("/points", SavePoints).AddEndpointFilter<AntiforgeryHeader>().WithName("SaveReviewPoints").Produces<ReviewedPointsItem>()
            .WithSummary("Set one criterion's reviewed points (a reason when they differ from the rule's); a stale version answers 409 with the stored points");
        submission.MapPost("/accept", Accept).AddEndpointFilter<AntiforgeryHeader>().WithName("AcceptRulePoints")
            .WithSummary("Accept the rule's points for the criteria given that are not yet reviewed and not disputed");
    }

    private static async Task<Results<Ok<List<ReviewerAssignmentView>>, ProblemHttpResult>> ListReviewers(int id, ReviewerAssignments assignments, Data.ChiSoDbContext db, CancellationToken ct) =>
        !await CampaignExistsAsync(db, id, ct) ? Problems.NotFound() : TypedResults.Ok(await assignments.ListAsync(id, ct));

    private static async Task<Results<Ok<ReviewerAssignmentView>, ProblemHttpResult>> Assign(
        int id, AssignReviewerRequest? request, ClaimsPrincipal user, ReviewerAssignments assignments, CancellationToken ct)
    {
        var outcome = await assignments.AssignAsync(id, request?.User ?? "", request?.UnitId, request?.NodeCode, user.Identity?.Name ?? "?", ct);
        if (!outcome.Outcome.IsDone)
        {
            return Refusal(outcome.Outcome);
        }

        return TypedResults.Ok((await assignments.ListAsync(id, ct)).Single(a => a.Id == outcome.Value!.Id));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(int id, int assignmentId, ClaimsPrincipal user, ReviewerAssignments assignments, CancellationToken ct)
    {
        var outcome = await assignments.RemoveAsync(id, assignmentId, user.Identity?.Name ?? "?", ct);
        return outcome.IsDone ? TypedResults.NoContent() : Refusal(outcome);
    }

    private static async Task<Results<Ok<UnitReviewDetails>, ProblemHttpResult>> GetUnit(
        int id, int unitId, string? filter, ClaimsPrincipal user, ReviewWorkspace workspace, CancellationToken ct)
    {
        var (chosen, problem) = ReviewFilters.Parse(filter);
        if (problem is { } p)
        {
            return Problems.Invalid(L.T(p.Vi, p.En));
        }

        return await workspace.UnitAsync(id, unitId, user, ct) switch
        {
            WorkspaceOutcome.Shown<WorkspaceUnitView> shown => TypedResults.Ok(Details(id, unitId, shown.View, chosen)),
            WorkspaceOutcome.Refused no => TypedResults.Problem(L.T(no.Vi, no.En), statusCode: no.Status),
            _ => throw new InvalidOperationException("Unknown workspace outcome."),
        };
    }

    private static async Task<IResult> SavePoints(
        int id, SaveReviewPointsRequest? request, ClaimsPrincipal user, UserManager<Data.Accounts.ChiSoUser> users, ReviewPoints points, CancellationToken ct)
    {
        if (request?.Points is not { } value || string.IsNullOrWhiteSpace(request.Criterion))
        {
            return Problems.Invalid(L.T("Hãy gửi mã tiêu chí (criterion) và điểm (points).", "Send the criterion code (criterion) and the points (points)."));
        }

        var outcome = await points.SaveAsync(id, request.Criterion, value, request.Reason, request.Version, users.GetUserId(user) ?? "", user.Identity?.Name ?? "?", ct);
        return outcome.Outcome.Kind switch
        {
            StepResult.Done => TypedResults.Ok(ReviewedPointsItem.Of(outcome.Value!)),
            StepResult.Conflict when outcome.Value is { } stored => TypedResults.Problem(
                L.T(outcome.Outcome.Message!.Value.Vi, outcome.Outcome.Message.Value.En), statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["stored"] = ReviewedPointsItem.Of(stored), ["attempted"] = request }),
            _ => Refusal(outcome.Outcome),
        };
    }

    private static async Task<Results<Ok<AcceptedRulePoints>, ProblemHttpResult>> Accept(
        int id, AcceptRulePointsRequest? request, ClaimsPrincipal user, UserManager<Data.Accounts.ChiSoUser> users, ReviewPoints points, CancellationToken ct)
    {
        var outcome = await points.AcceptRulePointsAsync(id, request?.Criteria ?? [], users.GetUserId(user) ?? "", user.Identity?.Name ?? "?", ct);
        return outcome.Outcome.IsDone ? TypedResults.Ok(new AcceptedRulePoints(outcome.Value)) : Refusal(outcome.Outcome);
    }

    /// <summary>A refused step as a problem with the step's own words and the status its kind names.</summary>
    public static ProblemHttpResult Refusal(StepOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var message = outcome.Message ?? new Engine.Bilingual("Không thực hiện được.", "Not done.");
        return TypedResults.Problem(L.T(message.Vi, message.En), statusCode: StatusOf(outcome.Kind));
    }

    public static int StatusOf(StepResult kind) => kind switch
    {
        StepResult.Done => StatusCodes.Status200OK,
        StepResult.Invalid => StatusCodes.Status400BadRequest,
        StepResult.Forbidden => StatusCodes.Status403Forbidden,
        StepResult.NotFound => StatusCodes.Status404NotFound,
        StepResult.Conflict or StepResult.Late => StatusCodes.Status409Conflict,
    };

    private static UnitReviewDetails Details(int campaignId, int unitId, WorkspaceUnitView view, ReviewFilter filter)
    {
        var plan = view.Review.Plan;
        var criteria = view.Review.Criteria.Where(c => ReviewFilters.Keeps(filter, c, view.Evidence[c.Code].Any())).Select(c =>
        {
            var node = plan.Nodes[c.Node];
            var inputs = node.Inputs.Select(i =>
            {
                var value = view.Review.Values.GetValueOrDefault((c.Code, i.Id));
                return new InputReviewItem(i.Id, i.Label ?? i.Id, i.Type.ToString(), value?.Number, value?.Text, ReviewValues.Shown(i, value), value?.Round);
            }).ToList();
            return new CriterionReviewItem(
                c.Code, node.Name, c.MaxPoints, Finite(c.SelfPoints), Finite(c.RulePoints), c.Score?.ReviewerPoints, c.Score?.ReviewerReason,
                c.Score?.ReviewedBy, c.Score?.ReviewedAt, c.Score?.Version, view.MaySave(c.Code), c.Disputed, c.Changed, view.Evidence[c.Code].Count(), inputs);
        }).ToList();
        return new UnitReviewDetails(campaignId, unitId, view.UnitCode, view.UnitName, view.Review.SubmissionId, view.Review.Stage.ToString(), ReviewFilters.Slug(filter), criteria);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static Task<bool> CampaignExistsAsync(Data.ChiSoDbContext db, int id, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Campaigns, c => c.Id == id, ct);
}
