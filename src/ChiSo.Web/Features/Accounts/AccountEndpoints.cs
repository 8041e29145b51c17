using System.Security.Claims;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.Accounts;

public static class AccountEndpoints
{
    public static void MapAccounts(this IEndpointRouteBuilder app)
    {
        // Form posts: the antiforgery middleware checks their token before the handler runs.
        app.MapPost("/account/signin", SignIn).AllowAnonymous().RequireRateLimiting(AccountSetup.SignInPolicy);
        app.MapPost("/account/signout", SignOut).RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<FormAntiforgery>();
        app.MapPost("/account/password", ChangePassword).RequireAuthorization().ExcludeFromDescription();
        app.MapPost("/account/signout-everywhere", SignOutEverywhere).RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<FormAntiforgery>().ExcludeFromDescription();
        app.MapTokenEndpoints();
    }

    private static async Task<IResult> SignIn(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, HttpContext http,
        SignInManager<ChiSoUser> signIn, IPasswordHasher<ChiSoUser> hasher, SignInThrottle throttle)
    {
        var back = LocalUrl.OrHome(returnUrl);
        var address = http.Connection.RemoteIpAddress?.ToString();
        var wait = throttle.WaitFor(email, address);
        if (wait > TimeSpan.Zero)
        {
            // Nothing is checked while the wait lasts, for existing and unknown addresses alike.
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            return TypedResults.LocalRedirect($"/signin?error=wait&seconds={seconds}&returnUrl={Uri.EscapeDataString(back)}");
        }

        var user = email is { Length: > 0 and <= 256 } ? await signIn.UserManager.FindByNameAsync(email.Trim()) : null;
        if (user is null)
        {
            // As much work as checking a real password (tens of ms): the time of the answer must not tell which
            // addresses have an account.
            hasher.VerifyHashedPassword(UnknownAccount.User, UnknownAccount.Hash, password ?? "");
        }

        // No lockout on failure: guessing is slowed by SignInThrottle instead, so that nobody can lock another person
        // out by typing wrong passwords. A deactivated account stays refused (Identity's lockout end at the end of time).
        var result = user is not null && password is { Length: > 0 }
            ? await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            throttle.Succeeded(email);
            return TypedResults.LocalRedirect(back);
        }

        throttle.Failed(email, address);

        // One answer for a wrong password, a deactivated account and an address without an account: telling them
        // apart would tell which addresses have accounts.
        return TypedResults.LocalRedirect($"/signin?error=failed&returnUrl={Uri.EscapeDataString(back)}");
    }

    private static async Task<IResult> SignOut(
        ClaimsPrincipal me, SignInManager<ChiSoUser> signIn, Sessions sessions, Data.ChiSoDbContext db,
        Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> cookies)
    {
        // Ended on the server as well: a copy of this cookie stops working now, not when it expires.
        await sessions.EndAsync(me, cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan, db);
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/signin");
    }

    private static async Task<IResult> ChangePassword(
        [FromForm] string? current, [FromForm] string? password, [FromForm] string? confirm, ClaimsPrincipal me,
        UserManager<ChiSoUser> users, SignInManager<ChiSoUser> signIn, ApiTokens tokens, Data.Audit.AuditLog audit)
    {
        var user = await users.GetUserAsync(me);
        if (user is null)
        {
            return TypedResults.LocalRedirect("/signin");
        }

        if (password != confirm)
        {
            return TypedResults.LocalRedirect("/account?errors=" + PasswordErrors.Mismatch);
        }

        var changed = await users.ChangePasswordAsync(user, current ?? "", password ?? "");
        if (!changed.Succeeded)
        {
            return TypedResults.LocalRedirect("/account?errors=" + PasswordErrors.Join(changed.Errors.Select(e => e.Code)));
        }

        // Who and when, never the password. Whoever knew the old password may have made tokens: they go with it.
        await audit.AppendAsync(new Data.Audit.AuditEntry(Actor(me), "User", user.Id, "change-password", null, null));
        await tokens.RevokeAllAsync(user.Id, Actor(me));

        // The change gave the account a new security stamp: other devices are signed out, this one signs in again.
        await signIn.RefreshSignInAsync(user);
        return TypedResults.LocalRedirect("/account?done=password");
    }

    private static async Task<IResult> SignOutEverywhere(
        ClaimsPrincipal me, UserManager<ChiSoUser> users, SignInManager<ChiSoUser> signIn, ApiTokens tokens, Data.Audit.AuditLog audit)
    {
        if (await users.GetUserAsync(me) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await tokens.RevokeAllAsync(user.Id, Actor(me));
            await audit.AppendAsync(new Data.Audit.AuditEntry(Actor(me), "User", user.Id, "sign-out-everywhere", null, null));
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/signin");
    }

    private static string Actor(ClaimsPrincipal me) => me.Identity?.Name ?? "?";
}

/// <summary>A hash of a random password, made once, to check an unknown account's password against.</summary>
internal static class UnknownAccount
{
    public static ChiSoUser User { get; } = new() { UserName = "unknown" };

    public static string Hash { get; } = new PasswordHasher<ChiSoUser>().HashPassword(User, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
}
