using Microsoft.AspNetCore.Antiforgery;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// Antiforgery for cookie callers only. A browser never sends a bearer token on its own, so a request signed in by
/// an API token cannot be forged across sites: whatever the framework's middleware concluded about its (absent)
/// antiforgery token, the request counts as valid. This is the one place that decides it, so every form endpoint
/// (evidence, citations, sign-off…) and every check that reads the outcome treat token calls alike.
/// </summary>
public static class TokenCallsAntiforgery
{
    public static IApplicationBuilder UseAntiforgeryForCookieCallers(this IApplicationBuilder app) =>
        app.UseAntiforgery().Use((http, next) =>
        {
            if (ApiTokenScheme.IsTokenRequest(http.User))
            {
                http.Features.Set<IAntiforgeryValidationFeature>(TokenCall.Instance);
            }

            return next(http);
        });

    private sealed class TokenCall : IAntiforgeryValidationFeature
    {
        public static readonly TokenCall Instance = new();

        public bool IsValid => true;

        public Exception? Error => null;
    }
}
