using System.Security.Claims;

namespace ChiSo.Web.Features.Accounts;

/// <summary>Role checks for whole endpoint groups: a user the check refuses gets the group's refusal before any handler runs.</summary>
public static class AccessFilters
{
    /// <param name="builder">The endpoint or group.</param>
    /// <param name="allowed">The check, e.g. <see cref="OrganiserAccess.IsOrganiserAsync"/>.</param>
    /// <param name="refused">The answer to a refused user (403 with the reason).</param>
    public static TBuilder AllowOnly<TBuilder>(
        this TBuilder builder, Func<UnitAccess, ClaimsPrincipal, CancellationToken, Task<bool>> allowed, Func<IResult> refused)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            return await allowed(http.RequestServices.GetRequiredService<UnitAccess>(), http.User, http.RequestAborted)
                ? await next(context)
                : refused();
        });
}
