using System.Globalization;
using System.Security.Claims;
using ChiSo.Web.Features.Notifications;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.Progress;

public static class ProgressEndpoints
{
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.AddScoped<ProgressBoards>();
        services.AddScoped<BoardViewing>();
        return services;
    }

    public static void MapProgress(this IEndpointRouteBuilder app)
    {
        // A form post of the board: the antiforgery middleware checks its token before the handler runs.
        app.MapPost("/campaigns/{id:int}/progress/remind", Remind).RequireAuthorization(AccessPolicies.Reminder);
        app.MapGet("/api/v1/campaigns/{id:int}/progress", GetBoard).RequireAuthorization(AccessPolicies.ProgressFollower).WithApiTag("Progress", "Tiến độ nhập liệu của một đợt đánh giá theo đơn vị và tiêu chí. Data-entry progress of a campaign by unit and by criterion.")
            .WithName("GetCampaignProgress").WithSummary("Progress board of a campaign: each unit's and each criterion's completion, overdue units").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<ProgressBoard>, ProblemHttpResult>> GetBoard(int id, ClaimsPrincipal user, BoardViewing boards, CancellationToken ct) =>
        await boards.ForAsync(id, user, ct) is BoardOutcome.Shown shown ? TypedResults.Ok(shown.Board) : Problems.NotFound();

    /// <summary><c>unit</c> reminds one unit; <c>scope=overdue</c> reminds every overdue unit of the campaign.</summary>
    private static async Task<IResult> Remind(
        int id, [FromForm] int? unit, [FromForm] string? scope, ClaimsPrincipal user,
        ProgressBoards boards, Reminders reminders, CancellationToken ct)
    {
        var board = await boards.LoadAsync(id, null, ct);
        if (board is null)
        {
            return Problems.NotFound();
        }

        IReadOnlyCollection<int> targets = scope == "overdue"
            ? [.. board.Overdue.Select(u => u.UnitId)]
            : unit is { } one && board.Units.Any(u => u.UnitId == one) ? [one] : [];
        if (targets.Count == 0)
        {
            return TypedResults.LocalRedirect($"/campaigns/{id}/progress?reminded=0");
        }

        var result = await reminders.SendAsync(id, targets, user.Identity?.Name ?? "?", ct);
        return TypedResults.LocalRedirect(string.Create(CultureInfo.InvariantCulture,
            $"/campaigns/{id}/progress?reminded={result.Units}&emails={result.Emails}"));
    }
}
