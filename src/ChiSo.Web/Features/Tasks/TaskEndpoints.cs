using System.Security.Claims;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Tasks;

public static class TaskEndpoints
{
    public static IServiceCollection AddTasks(this IServiceCollection services) => services.AddScoped<MyTasks>();

    public static void MapTasks(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/tasks", GetTasks).RequireAuthorization().WithApiTag("Tasks", "Việc cần làm của người gọi. The caller's own to-do list.")
            .WithName("ListMyTasks").WithSummary("The caller's tasks, overdue first").ProducesProblem(StatusCodes.Status401Unauthorized);

    /// <summary>GET /api/v1/tasks: the signed-in user's tasks, overdue first.</summary>
    private static async Task<Ok<List<TaskItem>>> GetTasks(ClaimsPrincipal user, MyTasks tasks, CancellationToken ct) =>
        TypedResults.Ok(await tasks.ForAsync(user, ct));
}
