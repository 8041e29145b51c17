using Microsoft.AspNetCore.Authentication.Cookies;
using ChiSo.Web.Features.Shared;
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

    private static async Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            // A page's plain form post to the API (FormReplies: it names the page to go back to) whose session has
            // ended goes to the sign-in page and then back to that page, instead of a bare problem answer.
            if (status == StatusCodes.Status401Unauthorized && await FormBackAsync(context.Request) is { } back)
            {
                context.Response.Redirect("/signin" + QueryString.Create("ReturnUrl", back).ToUriComponent());
                return;
            }

            context.Response.StatusCode = status;
        }
        else
        {
            // The handler builds an absolute address from the request's Host header, which any caller may set: only
            // its path and query go out, so a forged Host is never reflected into a redirect.
            var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
            context.Response.Redirect(target);
        }
    }

    private static async Task<string?> FormBackAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType
            || request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true))
        {
            return null;
        }

        var form = await request.ReadFormAsync();
        var back = form["back"].ToString();
        return back.Length == 0 ? null : LocalUrl.OrHome(back);
    }
}
