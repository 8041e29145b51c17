using System.Security.Claims;
using System.Text.Encodings.Web;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChiSo.Web.Features.Accounts;

/// <summary>
/// Signs a request in as the owner of the personal access token in <c>Authorization: Bearer chiso_…</c>, with the
/// same claims as the owner's cookie, so that <see cref="UnitAccess"/> treats both alike. A refused token gets a
/// 401 problem, never a redirect to the sign-in page.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, UserManager<ChiSoUser> users, IUserClaimsPrincipalFactory<ChiSoUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = ApiTokenScheme.Name;

    private const string BearerPrefix = "Bearer ";

    private bool _lockedOut;

    /// <summary>True when the request carries a bearer token: the default scheme then forwards here.</summary>
    public static bool HasBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);


    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Context))
        {
            return AuthenticateResult.NoResult();
        }

        var text = Context.Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        var token = text.StartsWith(ApiTokens.Prefix, StringComparison.Ordinal) ? await tokens.FindActiveAsync(text, Context.RequestAborted) : null;
        var user = token is null ? null : await users.FindByIdAsync(token.UserId);
        if (user is null)
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired token.");
        }

        // A lockout after failed sign-ins guards the password, which a token does not use: anyone could otherwise
        // stop an account's integrations by typing wrong passwords (issue 10 §3). A deactivated account stops them.
        if (Data.Accounts.AccountDeactivation.IsDeactivated(user))
        {
            _lockedOut = true;
            return AuthenticateResult.Fail("The token's account is locked.");
        }

        var cookieLike = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(cookieLike.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = _lockedOut
            ? L.T("Tài khoản của mã truy cập này đang bị khóa (đã bị vô hiệu hóa).", "The account of this access token is locked (deactivated).")
            : L.T("Mã truy cập không đúng, đã bị thu hồi hoặc đã hết hạn.", "The access token is wrong, revoked or expired.");
        await TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized,
            title: L.T("Chưa xác thực", "Not authenticated")).ExecuteAsync(Context);
    }
}
