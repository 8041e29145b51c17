using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Files;
using ChiSo.Web.Features.Accounts;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Evidence;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.Shared;

public static class WebSetup
{
    public const string SignInPolicy = "sign-in";

    public static IServiceCollection AddChiSoWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChiSoData(configuration, FrameworkSources.FromYaml);
        services.AddSingleton(TimeProvider.System);
        services.AddRazorComponents();

        // Vietnamese letters go out as UTF-8 text, not as &#x1EDF; entities: smaller pages, readable source.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddCascadingAuthenticationState();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHttpContextAccessor();
        services.AddScoped<UnitAccess>();
        services.AddScoped<LayoutFacts>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<EntryForms>();
        services.AddScoped<ValueSaving>();
        services.AddScoped<ChangeCheck>();
        Workbooks.WorkbookEndpoints.AddWorkbooks(services);
        Progress.ProgressEndpoints.AddChiSoProgress(services, configuration);
        services.AddEvidenceAndSubmitting(configuration);
        Setup.SetupEndpoints.AddChiSoSetup(services);

        services.AddChiSoAuthentication(configuration);
        services.AddAuthorization();
        services.AddIdentityCore<ChiSoUser>(AccountRules.Apply)
            .AddEntityFrameworkStores<ChiSoDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(AccountRules.Cookie);

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
