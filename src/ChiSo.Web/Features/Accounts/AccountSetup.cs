using System.Threading.RateLimiting;
using ChiSo.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.Accounts;

/// <summary>Authentication: the Identity cookie for people, personal access tokens for integrations; the sign-in rate limit.</summary>
public static class AccountSetup
{
    /// <summary>The default scheme: it forwards to the token scheme when a bearer header is present, else to the cookie.</summary>
    public const string CookieOrToken = "CookieOrToken";

    public const string SignInPolicy = "sign-in";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddAuthentication(CookieOrToken)
            .AddPolicyScheme(CookieOrToken, CookieOrToken, o => o.ForwardDefaultSelector =
                context => ApiTokenHandler.HasBearer(context) ? ApiTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        builder.AddIdentityCookies();
        services.AddChiSoIdentityCore(AccountRules.Apply)
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(AccountRules.Cookie);
        services.AddSingleton<Sessions>();
        services.PostConfigure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var identityCheck = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = context => Sessions.ValidateAsync(context, identityCheck);
            var signingIn = o.Events.OnSigningIn;
            o.Events.OnSigningIn = context =>
            {
                Sessions.Stamp(context);
                return signingIn(context);
            };
        });

        // A cookie whose user was signed out everywhere (new security stamp) stops working at the next check.
        var seconds = configuration.GetValue("Accounts:StampCheckSeconds", 60);
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromSeconds(seconds);
            o.OnRefreshingPrincipal = Sessions.KeepId;
        });

        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", BearerInOpenApi.Describe);
        services.AddScoped<ApiTokens>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordLinks>();

        var permits = configuration.GetValue("SignIn:PermitsPerMinute", 10);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
