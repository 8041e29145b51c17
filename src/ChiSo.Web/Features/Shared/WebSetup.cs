using System.Text.Encodings.Web;
using System.Text.Unicode;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Files;

namespace ChiSo.Web.Features.Shared;

/// <summary>What every feature stands on: the database, the clock, pages, problem details, the API document, the audit log and the access rules.</summary>
public static class WebSetup
{
    /// <summary>The characters pages write as they are: every Unicode letter (Vietnamese goes out as UTF-8 text, not as &amp;#x1EDF; entities).</summary>
    public static TextEncoderSettings PageText() => new(UnicodeRanges.All);

    /// <summary>The encoder of the pages' text, for HTML a feature writes outside Razor (the review workspace's criterion cards).</summary>
    public static HtmlEncoder PageEncoder { get; } = HtmlEncoder.Create(PageText());

    public static IServiceCollection AddShared(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChiSoData(configuration, FrameworkSources.FromYaml);
        services.AddSingleton(TimeProvider.System);
        services.AddRazorComponents();

        // Vietnamese letters go out as UTF-8 text, not as &#x1EDF; entities: smaller pages, readable source.
        services.AddWebEncoders(o => o.TextEncoderSettings = PageText());
        services.AddCascadingAuthenticationState();
        services.AddProblemDetails();
        services.AddOpenApi(ApiDocument.Describe);
        services.AddHttpContextAccessor();
        // Secure over HTTPS (the sign-in cookie's default too); plain HTTP on localhost keeps working.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddScoped<AuditLog>();
        services.AddScoped<Data.Accounts.AccountTickets>();
        services.AddScoped<Data.Accounts.AccountCreation>();
        services.AddSingleton<PublicLinks>();
        services.AddScoped<UnitAccess>();
        services.AddAccessPolicies();
        return services;
    }

    public static void MapShared(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok("ok")).AllowAnonymous();
        app.MapErrorEndpoint();
        app.MapLanguageEndpoints();
    }
}
