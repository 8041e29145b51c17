using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.ReviewProcess;

/// <summary>The form of a move: the reason (sending back, reopening; at most 1000 characters) and the campaign version the caller saw (optional).</summary>
public sealed record StageMoveForm(string? Reason, int? Version);

/// <summary>A move made: the campaign's stage and version after it.</summary>
public sealed record StageMoved(int CampaignId, string Stage, int Version);

/// <summary>
/// The review process of a campaign (ADR 0024): its stage with dates and the caller's moves, one POST per move (API, and
/// the panel's plain forms), and the round results for the units the caller may see.
/// </summary>
public static class RoundsEndpoints
{
    private const string Tag = "Review rounds";

    private const string TagText = "Quy trình thẩm định: bước hiện tại, chuyển bước, phê duyệt, công bố, mở lại; kết quả từng vòng. The review process: its stage, moves, approval, publication, reopening; each round's results.";

    public static IServiceCollection AddRounds(this IServiceCollection services)
    {
        services.AddScoped(sp => new ReviewRounds(sp.GetRequiredService<ChiSoDbContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ScoringPlans>())
        {
            LinkTo = sp.GetRequiredService<PublicLinks>().To,
        });
        services.AddScoped<StageMoves>();
        services.AddScoped<RoundResults>();
        return services;
    }

    public static void MapRounds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/campaigns/{id:int}/stage", GetStage).RequireAuthorization().WithApiTag(Tag, TagText)
            .WithName("GetCampaignStage").WithSummary("The campaign's review stage, its schedule (dd/MM/yyyy) and the moves the caller may make now")
            .Produces<StageView>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        foreach (var move in Enum.GetValues<StageMove>())
        {
            var slug = StageMoves.Slug(move);
            // The form is read by hand so that a token caller may also post nothing at all; the antiforgery check of
            // cookie callers is the metadata's and the filter's, as for every form post.
            app.MapPost($"/api/v1/campaigns/{{id:int}}/stage/{slug}", (int id, HttpRequest request, StageMoves moves, CancellationToken ct) =>
                    MoveApiAsync(id, move, request, moves, ct))
                .RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<FormAntiforgery>()
                .Accepts<StageMoveForm>("application/x-www-form-urlencoded", "multipart/form-data")
                .WithApiTag(Tag, TagText).WithName(OperationId(move)).WithSummary(Summary(move))
                .Produces<StageMoved>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
            app.MapPost($"/campaigns/{{id:int}}/stage/{slug}", (int id, [FromForm] string? reason, [FromForm] int? version, HttpContext http, StageMoves moves, CancellationToken ct) =>
                    MoveFormAsync(id, move, reason, version, http, moves, ct))
                .RequireAuthorization().WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<FormAntiforgery>().ExcludeFromDescription();
        }

        app.MapGet("/api/v1/campaigns/{id:int}/results", GetResults).RequireAuthorization().WithApiTag(Tag, TagText)
            .WithName("GetRoundResults")
            .WithSummary("A round's results (round=1, 2 or final) for the units the caller may see: points, value and rank at every node. JSON, or CSV with Accept: text/csv (UTF-8 with BOM; numbers in invariant form, a dot before the decimals)")
            .Produces<RoundResultsResponse>().Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> GetStage(int id, ClaimsPrincipal user, StageMoves moves, CancellationToken ct) =>
        await moves.ViewAsync(user, id, ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound();

    private static async Task<IResult> MoveApiAsync(int id, StageMove move, HttpRequest request, StageMoves moves, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        string? reason = form?["reason"];
        int? version = null;
        if (form?["version"] is { Count: > 0 } text)
        {
            if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seen))
            {
                return Problems.Invalid(L.T("Trường version phải là một số nguyên (phiên bản của kỳ đánh giá bạn đã xem).", "The version field must be a whole number (the campaign version you saw)."));
            }

            version = seen;
        }

        var user = request.HttpContext.User;
        var result = await moves.MoveAsync(user, id, move, reason, version, ct);
        if (!result.Done)
        {
            return TypedResults.Problem(result.Message, statusCode: result.Status);
        }

        var view = await moves.ViewAsync(user, id, ct);
        return TypedResults.Ok(new StageMoved(id, view?.Stage ?? "", view?.Version ?? 0));
    }

    // The panel's forms: back to the campaign page when done; a refusal as a page that says why, never a bare error.
    private static async Task<IResult> MoveFormAsync(int id, StageMove move, string? reason, int? version, HttpContext http, StageMoves moves, CancellationToken ct)
    {
        var result = await moves.MoveAsync(http.User, id, move, reason, version, ct);
        if (result.Done)
        {
            return TypedResults.LocalRedirect($"/campaigns/{id}?moved={StageMoves.Slug(move)}#quy-trinh");
        }

        await ErrorPages.WriteAsync(http, result.Status, result.Message ?? "");
        return TypedResults.Empty;
    }

    private static async Task<IResult> GetResults(int id, string? round, HttpContext http, RoundResults results, CancellationToken ct)
    {
        var outcome = await results.ReadAsync(http.User, id, round, ct);
        if (outcome.Results is not { } read)
        {
            return TypedResults.Problem(outcome.Message, statusCode: outcome.Status);
        }

        return http.Request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true)
            ? TypedResults.File(RoundResults.Csv(read), "text/csv; charset=utf-8", $"ket-qua-{id}-vong-{read.Round}.csv")
            : TypedResults.Ok(read);
    }

    private static string OperationId(StageMove move) => move switch
    {
        StageMove.OpenReview => "OpenCampaignReview",
        StageMove.PublishRound1 => "PublishRound1Result",
        StageMove.OpenRound2 => "OpenRound2Review",
        StageMove.CloseRound2 => "CloseRound2Review",
        StageMove.Approve => "ApproveCampaignResult",
        StageMove.SendBack => "SendBackCampaignResult",
        StageMove.Publish => "PublishCampaignResult",
        StageMove.Reopen => "ReopenCampaignResult",
        _ => move.ToString(),
    };

    private static string Summary(StageMove move) => move switch
    {
        StageMove.OpenReview => "Collecting → round-1 review; the reviewers are told (organisers)",
        StageMove.PublishRound1 => "Computes and stores the round-1 result from the reviewed points and tells the units (organisers)",
        StageMove.OpenRound2 => "Round-1 result out → round-2 review, after the confirmation window (organisers)",
        StageMove.CloseRound2 => "Computes the round-2 result once every filed objection is answered; the leaders are told (organisers)",
        StageMove.Approve => "Approves the round-2 result (the campaign's leaders)",
        StageMove.SendBack => "Sends the round-2 result back to the reviewers with a reason (the campaign's leaders; form field reason)",
        StageMove.Publish => "Publishes the approved result as an immutable snapshot carrying the audit chain's head (organisers)",
        StageMove.Reopen => "Reopens a published result for round 2 with a reason (administrators; form field reason)",
        _ => move.ToString(),
    } + "; optional form field version: the campaign version the caller saw (409 when it moved since).";
}
