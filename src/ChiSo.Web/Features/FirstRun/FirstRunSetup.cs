using System.Threading.RateLimiting;
using ChiSo.Data;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.FirstRun;

/// <summary>
/// The first run of a real install (demo off, no administrator yet): the app serves the page that creates the first
/// administrator, guarded by the code written to the log at start, and besides it only sign-in, set-password, health,
/// static files, error and language addresses. Every other page sends there; the API answers 503.
/// </summary>
public static partial class FirstRunSetup
{
    public const string AttemptsPolicy = "first-admin";

    /// <summary>The addresses served while the gate is open, besides the page itself and static files.</summary>
    private static readonly string[] LetThrough = ["/signin", "/account/signin", "/account/signout", Data.Accounts.AccountTickets.SetPasswordPath, "/health", "/error", "/language", "/_framework", "/css", "/js"];

    public static IServiceCollection AddFirstRun(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<FirstRunGate>();
        services.AddScoped<FirstAdministrator>();
        services.AddHostedService<SetupCodeLogger>();
        // Wrong codes are limited per address: a code of about 60 bits then takes longer to guess than any install waits.
        var permits = configuration.GetValue("FirstRun:AttemptsPerMinute", 5);
        services.AddRateLimiter(limiter => limiter.AddPolicy(AttemptsPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    /// <summary>Goes after localisation and status pages (its answers have a body in the user's language), before authentication.</summary>
    public static IApplicationBuilder UseFirstRun(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var path = http.Request.Path;
            var isPage = path.Equals(FirstRunGate.Path, StringComparison.OrdinalIgnoreCase);
            if (!isPage && (Path.HasExtension(path.Value) || LetThrough.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))))
            {
                await next(http);
                return;
            }

            var gate = http.RequestServices.GetRequiredService<FirstRunGate>();
            var open = await gate.IsOpenAsync(http.RequestServices.GetRequiredService<ChiSoDbContext>(), http.RequestAborted);
            if (isPage && !open)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
            }
            else if (isPage || !open)
            {
                await next(http);
            }
            else if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await ErrorPages.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, L.T(
                    "ChiSo chưa có quản trị hệ thống. Hãy tạo tài khoản quản trị đầu tiên tại /setup/first-admin (mã thiết lập có trong nhật ký máy chủ) hoặc bằng lệnh chiso users add.",
                    "ChiSo has no administrator yet. Create the first administrator at /setup/first-admin (the set-up code is in the server log) or with chiso users add."));
            }
            else
            {
                http.Response.Redirect(FirstRunGate.Path);
            }
        });
}
