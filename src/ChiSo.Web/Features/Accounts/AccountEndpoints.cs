using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.Accounts;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Form posts: the antiforgery middleware checks their token before the handler runs.
        app.MapPost("/account/signin", SignIn).AllowAnonymous().RequireRateLimiting(WebSetup.SignInPolicy);
        app.MapPost("/account/signout", SignOut).RequireAuthorization();
    }

    private static async Task<IResult> SignIn([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, SignInManager<ChiSoUser> signIn)
    {
        var back = IsLocal(returnUrl) ? returnUrl! : "/";
        var result = email is { Length: > 0 } && password is { Length: > 0 }
            ? await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            return TypedResults.LocalRedirect(back);
        }

        var reason = result.IsLockedOut ? "locked" : "failed";
        return TypedResults.LocalRedirect($"/signin?error={reason}&returnUrl={Uri.EscapeDataString(back)}");
    }

    private static async Task<IResult> SignOut(SignInManager<ChiSoUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/signin");
    }

    private static bool IsLocal(string? url) => url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
