using ChiSo.Data.Audit;
using ChiSo.Web.Features.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChiSo.Web.Features.Accounts;

/// <summary>Authentication: the Identity cookie for people, personal access tokens for integrations.</summary>
public static class AccountSetup
{
    /// <summary>The default scheme: it forwards to the token scheme when a bearer header is present, else to the cookie.</summary>
    public const string CookieOrToken = "CookieOrToken";

    public static IServiceCollection AddChiSoAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddAuthentication(CookieOrToken)
            .AddPolicyScheme(CookieOrToken, CookieOrToken, o => o.ForwardDefaultSelector =
                context => ApiTokenHandler.HasBearer(context) ? ApiTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        builder.AddIdentityCookies();

        // A cookie whose user was signed out everywhere (new security stamp) stops working at the next check.
        var seconds = configuration.GetValue("Accounts:StampCheckSeconds", 60);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(seconds));

        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", BearerInOpenApi.Describe);
        services.AddScoped<ApiTokens>();
        services.AddScoped<UserAdministration>();
        services.TryAddScoped<AuditLog>();
        return services;
    }
}
