using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.Accounts;

/// <summary>Password and cookie rules of local accounts.</summary>
public static class AccountRules
{
    public const int MinPasswordLength = Data.Accounts.IdentityRules.MinPasswordLength;

    /// <summary>The web app's own options, on top of the password and address rules it shares with the CLI (<see cref="Data.Accounts.IdentityRules"/>).</summary>
    public static void Apply(IdentityOptions options)
    {
        // Lockout marks deactivated accounts only (Shared/Deactivation); failed sign-ins are slowed by SignInThrottle
        // instead of locking, which would let anyone shut a colleague out.
        options.Lockout.AllowedForNewUsers = true;
    }

    public static void Cookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/signin";
        options.AccessDeniedPath = "/signin";
        options.Cookie.Name = "chiso.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;

        // An API caller gets a status code, not an HTML page it cannot use.
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            // The handler builds an absolute address from the request's Host header, which any caller may set: only
            // its path and query go out, so a forged Host is never reflected into a redirect.
            var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
            context.Response.Redirect(target);
        }

        return Task.CompletedTask;
    }
}
