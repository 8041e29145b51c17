using System.Security.Claims;
using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace ChiSo.Web.Features.Admin;

/// <summary>The forms of /admin/users: each posts here and comes back to the list with what happened.</summary>
public static class AdminEndpoints
{
    public static IServiceCollection AddAdmin(this IServiceCollection services) => services.AddScoped<UserAdministration>();

    public static void MapAdmin(this IEndpointRouteBuilder app)
    {
        // The antiforgery middleware only marks a bad token; endpoints that bind no form field must refuse it themselves.
        var user = app.MapGroup("/admin/users/{id}").RequireAuthorization(AccessPolicies.Administrator)
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<FormAntiforgery>()
            .ExcludeFromDescription();
        user.MapPost("/password", ResetPassword);
        user.MapPost("/unlock", Unlock);
        user.MapPost("/signout-everywhere", SignOutEverywhere);
        user.MapPost("/deactivate", Deactivate);
    }

    private static async Task<IResult> ResetPassword(string id, [FromForm] string? password, [FromForm] string? confirm, ClaimsPrincipal me, UserAdministration admin)
    {
        if (password != confirm)
        {
            return Back(id, "errors=" + PasswordErrors.Mismatch);
        }

        var errors = await admin.ResetPasswordAsync(id, password ?? "", Actor(me));
        return errors switch
        {
            null => Problems.NotFound(),
            [] => Back(id, "done=reset"),
            _ => Back(id, "errors=" + PasswordErrors.Join(errors)),
        };
    }

    private static async Task<IResult> Unlock(string id, ClaimsPrincipal me, UserAdministration admin) =>
        await admin.UnlockAsync(id, Actor(me)) ? Back(id, "done=unlock") : Problems.NotFound();

    private static async Task<IResult> SignOutEverywhere(string id, ClaimsPrincipal me, UserAdministration admin) =>
        await admin.SignOutEverywhereAsync(id, Actor(me)) ? Back(id, "done=signout") : Problems.NotFound();

    private static async Task<IResult> Deactivate(string id, ClaimsPrincipal me, UserAdministration admin, Microsoft.AspNetCore.Identity.UserManager<Data.Accounts.ChiSoUser> users)
    {
        if (users.GetUserId(me) == id)
        {
            return Problems.Invalid(L.T("Không thể tự vô hiệu hóa tài khoản của mình.", "You cannot deactivate your own account."));
        }

        return await admin.DeactivateAsync(id, Actor(me)) ? Back(id, "done=deactivate") : Problems.NotFound();
    }

    private static string Actor(ClaimsPrincipal me) => me.Identity?.Name ?? "?";

    private static Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult Back(string id, string outcome) =>
        TypedResults.LocalRedirect($"/admin/users?user={Uri.EscapeDataString(id)}&{outcome}#u-{Uri.EscapeDataString(id)}");
}
