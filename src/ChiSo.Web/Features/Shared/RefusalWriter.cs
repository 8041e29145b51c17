using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// A signed-in user whom a role policy refuses gets 403 with the role's reason: problem details under /api, a short page
/// elsewhere. The cookie's default would redirect to the sign-in page, which tells a signed-in user nothing. Anything
/// else (a challenge, a success) goes the framework's way.
/// </summary>
public sealed class RefusalWriter : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var role = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<MembershipRequirement>().FirstOrDefault();
            var detail = role is null
                ? L.T("Tài khoản của bạn không có quyền làm việc này.", "Your account may not do this.")
                : L.T(role.RefusalVi, role.RefusalEn);
            return ErrorPages.WriteAsync(context, StatusCodes.Status403Forbidden, detail);
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
