using System.Security.Claims;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.Submitting;

public sealed record SubmittedResponse(int SubmissionId, string Status);

public static class SubmitEndpoints
{
    public static IServiceCollection AddSubmitting(this IServiceCollection services)
    {
        services.AddScoped<SubmissionWindow>();
        services.AddScoped<SubmissionSigning>();
        services.AddScoped<SubmissionReturning>();
        return services;
    }

    public static void MapSubmitting(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/submissions/{id:int}/submit", Submit).RequireAuthorization().WithApiTag("Submitting", "Nộp hồ sơ đã hoàn tất. Submitting a finished submission for review.")
            .WithName("SubmitSubmission").WithSummary("Submit the unit's submission (form post with the antiforgery token, or a bearer token; confirm=yes required)")
            .Produces<SubmittedResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/v1/submissions/{id:int}/return", Return).RequireAuthorization(AccessPolicies.Organiser).WithApiTag("Submitting", "Nộp hồ sơ đã hoàn tất. Submitting a finished submission for review.")
            .WithName("ReturnSubmission").WithSummary("Return a signed submission to its unit with a reason, before the review starts (organisers)")
            .Produces<SubmittedResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The confirmation box of the sign-off (a form's checkbox sends "on"; API callers "yes" or "true").</summary>
    public static bool Confirmed(string? confirm) =>
        confirm?.Trim().ToLowerInvariant() is "on" or "yes" or "true" or "1" or "có";

    // The form field makes this a form post, which the framework checks for its antiforgery token.
    private static async Task<IResult> Submit(int id, [FromForm] string? confirm, ClaimsPrincipal user, SubmissionSigning signing, CancellationToken ct)
    {
        var outcome = await signing.SubmitAsync(id, user, Confirmed(confirm), ct);
        return outcome.Submitted
            ? TypedResults.Ok(new SubmittedResponse(id, nameof(Data.Submissions.SubmissionStatus.Submitted)))
            : TypedResults.Problem(L.T(outcome.Vi!, outcome.En!), statusCode: outcome.Status);
    }

    private static async Task<IResult> Return(int id, [FromForm] string? reason, ClaimsPrincipal user, SubmissionReturning returning, CancellationToken ct)
    {
        var outcome = await returning.ReturnAsync(id, reason, user, ct);
        return outcome.Submitted
            ? TypedResults.Ok(new SubmittedResponse(id, nameof(Data.Submissions.SubmissionStatus.Draft)))
            : TypedResults.Problem(L.T(outcome.Vi!, outcome.En!), statusCode: outcome.Status);
    }
}
