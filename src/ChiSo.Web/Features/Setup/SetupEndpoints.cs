using ChiSo.Data.Audit;
using ChiSo.Web.Features.Accounts;

namespace ChiSo.Web.Features.Setup;

public static class SetupEndpoints
{
    public static IServiceCollection AddChiSoSetup(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<CampaignSetup>();
        services.AddScoped<AssignmentSaving>();
        services.AddScoped<CampaignLifecycle>();
        services.AddScoped<Tasks.MyTasks>();
        return services;
    }

    /// <summary>
    /// The set-up pages post their forms to themselves (Blazor static SSR). A form post by someone who is not an
    /// organiser is refused here with 403, before the page runs: the pages render no form for such users, so the
    /// framework would otherwise answer an unhelpful 400.
    /// </summary>
    public static void MapSetupEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(
            http => HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(async (http, next) =>
            {
                var access = http.RequestServices.GetRequiredService<UnitAccess>();
                if (http.User.Identity?.IsAuthenticated == true && !await access.IsOrganiserAsync(http.User, http.RequestAborted))
                {
                    await ApiProblems.NotAnOrganiser().ExecuteAsync(http);
                    return;
                }

                await next(http);
            }));
        app.MapSetupApi();
        app.MapGet("/api/v1/tasks", Tasks.TaskEndpoints.GetTasks).RequireAuthorization().WithTags("Tasks").ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
