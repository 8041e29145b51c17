using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Demo;
using ChiSo.Data.Results;
using ChiSo.Files.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChiSo.Web.Features.Demo;

/// <summary>
/// Demo mode is an explicit choice (<c>Demo:Seed=true</c>; off by default, in every environment): it fills an empty
/// database with the demo campaigns and one account per role, whose password the README publishes, and every page
/// says so. Without the choice, the app never creates demo accounts, refuses to start while an active demo account still
/// has the published password, and refuses that password for any account (<see cref="PublishedPasswordValidator"/>).
/// </summary>
public static partial class DemoMode
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Step}")]
    private static partial void LogStep(ILogger logger, string step);

    public static bool IsOn(IConfiguration configuration) => configuration.GetValue("Demo:Seed", false);

    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoAccounts>();
        // Identity adds its own validator only when none is registered: add it first, so that ours is one more rule
        // whichever of AddDemo and AddAccounts runs first.
        services.TryAddScoped<IPasswordValidator<ChiSoUser>, PasswordValidator<ChiSoUser>>();
        services.AddScoped<IPasswordValidator<ChiSoUser>>(sp => new PublishedPasswordValidator(!IsOn(sp.GetRequiredService<IConfiguration>())));
        return services;
    }

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        if (!IsOn(configuration))
        {
            await RefusePublishedPasswordAsync(db, scope.ServiceProvider.GetRequiredService<IPasswordHasher<ChiSoUser>>(), cancellationToken);
            return;
        }

        if (!await db.Campaigns.AnyAsync(cancellationToken))
        {
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            // A first seed takes a while: each step goes to the log as it starts.
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ChiSo.Demo");
            await new DemoSeeder(db, clock, services.GetRequiredService<ScoringPlans>()).SeedAsync(
                ShippedFrameworks(), ShippedRegistry.Load, new DemoProgress(step => LogStep(logger, step.Vi)), cancellationToken);
        }

        // The demo accounts (with the password the README publishes) belong to the demo data: a database that holds
        // real campaigns and no demo ones never gets them, whatever the setting says.
        if (await db.Campaigns.AnyAsync(c => c.IsDemo, cancellationToken))
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The demo accounts are checked (by their addresses; a deactivated one cannot sign in, whatever its password): a
    /// password check costs tens of milliseconds by design, so checking every account would slow the start of a large
    /// install. No other account can get the published password while demo mode is off (<see cref="PublishedPasswordValidator"/>).
    /// </summary>
    private static async Task RefusePublishedPasswordAsync(ChiSoDbContext db, IPasswordHasher<ChiSoUser> hasher, CancellationToken cancellationToken)
    {
        var emails = DemoAccounts.All.Select(a => a.Email.ToUpperInvariant()).ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.PasswordHash != null && u.NormalizedEmail != null && emails.Contains(u.NormalizedEmail)).ToListAsync(cancellationToken);
        var exposed = accounts.Where(u => u.PasswordHash is not null && !Data.Accounts.AccountDeactivation.IsDeactivated(u)
            && hasher.VerifyHashedPassword(u, u.PasswordHash, DemoAccounts.Password) != PasswordVerificationResult.Failed)
            .Select(u => u.Email).Order(StringComparer.Ordinal).ToList();
        if (exposed.Count > 0)
        {
            throw new InvalidOperationException(
                $"Demo mode is off, but {exposed.Count} active account(s) still use the published demo password: {string.Join(", ", exposed)}. "
                + "Anyone who read the README could sign in as them. To fix: start once with Demo__Seed=true, sign in as an administrator "
                + "and, at /admin/users, deactivate these accounts or reset their passwords; then start again without Demo__Seed. "
                + "To run the demo on purpose, start with Demo__Seed=true.");
        }
    }

    private static List<(string FileName, string Yaml)> ShippedFrameworks()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "frameworks");
        var frameworks = DemoSeeder.ShippedFrameworks(folder);
        return frameworks.Count > 0 ? frameworks : throw new InvalidOperationException($"The shipped frameworks are missing from {folder}.");
    }
}
