using System.Security.Claims;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.Accounts;

/// <summary>What a caller sends to make a token; <c>Expires</c> is yyyy-MM-dd, 90 days from today when left out.</summary>
public sealed record CreateTokenRequest(string? Name, string? Expires);

/// <summary>The new token: <c>Token</c> is the text to send as <c>Authorization: Bearer …</c>, returned only this once.</summary>
public sealed record CreatedToken(int Id, string Name, string Token, DateTime Created, DateTime Expires);

/// <summary>Personal access tokens: JSON under /api/v1/account/tokens, and the revoke button of /account/tokens.</summary>
public static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/tokens/{id:int}/revoke", RevokeForm).RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter<FormAntiforgery>().ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/account/tokens").RequireAuthorization().WithApiTag("Account tokens", "Mã truy cập cá nhân (personal access tokens) của chính người gọi: liệt kê, tạo, thu hồi. Your own personal access tokens: list, make, revoke.").ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/", List).WithName("ListApiTokens").WithSummary("Your personal access tokens (never their text).");
        api.MapPost("/", Create).WithName("CreateApiToken").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Makes a personal access token; its text is in the answer only this once.");
        api.MapPost("/{id:int}/revoke", Revoke).WithName("RevokeApiToken").AddEndpointFilter<AntiforgeryHeader>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Revokes one of your tokens; 404 when you have no token with this id.");
    }

    private static async Task<Ok<List<ApiTokenRow>>> List(ClaimsPrincipal me, UserManager<ChiSoUser> users, ApiTokens tokens) =>
        TypedResults.Ok(await tokens.ListAsync(users.GetUserId(me)!));

    private static async Task<Results<Created<CreatedToken>, ProblemHttpResult>> Create(
        CreateTokenRequest request, ClaimsPrincipal me, UserManager<ChiSoUser> users, SignInManager<ChiSoUser> signIn, ApiTokens tokens)
    {
        // A token outlives the session that makes it, so only a person's own fresh session may: not another token,
        // and not a cookie whose account was signed out everywhere since (the cookie's own check runs once a minute).
        if (ApiTokenScheme.IsTokenRequest(me))
        {
            return Problems.Forbidden("Mã truy cập không tạo được mã truy cập khác; hãy đăng nhập để tạo.", "An access token cannot create tokens; sign in to make one.");
        }

        if (await signIn.ValidateSecurityStampAsync(me) is null)
        {
            return TypedResults.Problem(L.T("Phiên đăng nhập đã hết hiệu lực. Hãy đăng nhập lại.", "The session has ended. Sign in again."), statusCode: StatusCodes.Status401Unauthorized);
        }

        var day = request.Expires is { Length: > 0 } text ? Engine.PeopleFormat.ParseDate(text) : tokens.DefaultExpiry;
        if (day is null)
        {
            return Problems.Invalid(L.T("Ngày hết hạn không đúng dạng yyyy-MM-dd.", "The expiry date is not in the form yyyy-MM-dd."));
        }

        var (made, problem) = await tokens.CreateAsync(users.GetUserId(me)!, Actor(me), request.Name, day);
        if (made is null)
        {
            return Problems.Invalid(problem!);
        }

        var row = made.Row;
        return TypedResults.Created($"/api/v1/account/tokens/{row.Id}", new CreatedToken(row.Id, row.Name, made.Text, row.Created, row.Expires));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(int id, ClaimsPrincipal me, UserManager<ChiSoUser> users, ApiTokens tokens) =>
        await tokens.RevokeAsync(users.GetUserId(me)!, Actor(me), id) ? TypedResults.NoContent() : Problems.NotFound();

    private static async Task<IResult> RevokeForm(int id, ClaimsPrincipal me, UserManager<ChiSoUser> users, ApiTokens tokens) =>
        await tokens.RevokeAsync(users.GetUserId(me)!, Actor(me), id) ? TypedResults.LocalRedirect("/account/tokens?revoked=true") : Problems.NotFound();

    private static string Actor(ClaimsPrincipal me) => me.Identity?.Name ?? "?";
}
