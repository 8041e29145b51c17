using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiSo.Web.Features.Shared;

/// <summary>RFC 9457 problem details with a message in the user's language.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(L.T("Không tìm thấy.", "Not found."), statusCode: StatusCodes.Status404NotFound);

    /// <summary>403 for a unit's submission: not the caller's, or no longer open to changes.</summary>
    public static ProblemHttpResult Forbidden() =>
        Forbidden("Bạn không có quyền với hồ sơ của đơn vị này, hoặc hồ sơ không còn được sửa.", "You have no rights on this unit's submission, or it can no longer be changed.");

    /// <summary>403 with the reason that fits what was refused.</summary>
    public static ProblemHttpResult Forbidden(string vietnamese, string english) =>
        TypedResults.Problem(L.T(vietnamese, english), statusCode: StatusCodes.Status403Forbidden);

    /// <summary>400 when the antiforgery token is missing or stale (checked for scripts' headers and for bare form posts).</summary>
    public static ProblemHttpResult SessionExpired() =>
        Invalid(L.T("Phiên làm việc đã hết hạn. Hãy tải lại trang.", "The session token is missing or expired. Reload the page."));

    public static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest);
}

/// <summary>
/// Checks the antiforgery token that scripts send in the <c>RequestVerificationToken</c> header: JSON posts are not
/// form posts, so the framework's automatic check does not cover them.
/// </summary>
public sealed class AntiforgeryHeader(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // A bearer token is not sent by the browser on its own, so cross-site request forgery cannot use it.
        if (!ApiTokenScheme.IsTokenRequest(context.HttpContext.User) && !await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Problems.SessionExpired();
        }

        return await next(context);
    }
}
