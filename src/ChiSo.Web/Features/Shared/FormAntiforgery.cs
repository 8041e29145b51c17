using Microsoft.AspNetCore.Antiforgery;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// For form posts that bind no form field: the antiforgery middleware only records a bad token (and then forbids
/// reading the form), it does not refuse the request. This filter refuses it. Endpoints need
/// <see cref="RequireAntiforgeryTokenAttribute"/> so that the middleware checks them at all.
/// </summary>
public sealed class FormAntiforgery : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            return Problems.SessionExpired();
        }

        return await next(context);
    }
}
