using System.Security.Claims;

namespace ChiSo.Web.Features.Tasks;

public static class TaskEndpoints
{
    /// <summary>GET /api/v1/tasks: the signed-in user's tasks, overdue first.</summary>
    public static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<List<TaskItem>>> GetTasks(ClaimsPrincipal user, MyTasks tasks, CancellationToken ct) =>
        TypedResults.Ok(await tasks.ForAsync(user, ct));
}
