using System.Globalization;
using System.Security.Claims;
using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Features.Notifications;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Progress;

public static class ProgressEndpoints
{
    public static void MapProgressEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post of the board: the antiforgery middleware checks its token before the handler runs.
        app.MapPost("/campaigns/{id:int}/progress/remind", Remind).RequireAuthorization();
        app.MapGet("/api/v1/campaigns/{id:int}/progress", GetBoard).RequireAuthorization().WithTags("Progress").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapNotificationEndpoints();
    }

    public static IServiceCollection AddChiSoProgress(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ProgressBoards>();
        return services.AddChiSoNotifications(configuration);
    }

    private static async Task<Results<Ok<ProgressBoard>, ProblemHttpResult>> GetBoard(
        int id, ClaimsPrincipal user, UnitAccess access, ProgressBoards boards, CancellationToken ct)
    {
        if (!await access.CanFollowProgressAsync(user, ct))
        {
            return Problems.Forbidden("Chỉ người tổ chức, quản trị hệ thống và lãnh đạo được theo dõi tiến độ.", "Only organisers, administrators and leaders follow the progress.");
        }

        var visible = await access.BoardUnitsAsync(user, ct);
        var campaignVisible = await (await access.CampaignsAsync(user, ct)).AnyAsync(c => c.Id == id, ct);
        return campaignVisible && await boards.LoadAsync(id, visible, ct) is { } board ? TypedResults.Ok(board) : Problems.NotFound();
    }

    /// <summary><c>unit</c> reminds one unit; <c>scope=overdue</c> reminds every overdue unit of the campaign.</summary>
    private static async Task<IResult> Remind(
        int id, [FromForm] int? unit, [FromForm] string? scope, ClaimsPrincipal user, UnitAccess access,
        ProgressBoards boards, Reminders reminders, CancellationToken ct)
    {
        if (!await access.CanRemindAsync(user, ct))
        {
            return Problems.Forbidden("Chỉ người tổ chức và quản trị hệ thống được gửi nhắc nhở.", "Only organisers and administrators send reminders.");
        }

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
