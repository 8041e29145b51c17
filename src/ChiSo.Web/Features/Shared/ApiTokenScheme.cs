using System.Security.Claims;

namespace ChiSo.Web.Features.Shared;

/// <summary>The name of the personal-access-token sign-in (Accounts implements it), for the checks that treat token calls apart.</summary>
public static class ApiTokenScheme
{
    public const string Name = "ApiToken";

    /// <summary>True when this request was signed in by a token rather than a cookie.</summary>
    public static bool IsTokenRequest(ClaimsPrincipal user) => user?.Identity is { IsAuthenticated: true, AuthenticationType: Name };
}
