using ChiSo.Data;
using ChiSo.Data.Demo;
using ChiSo.Data.Results;
using ChiSo.Files.Units;
using ChiSo.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// On start: migrates the embedded SQLite database and, in demo mode (<c>Demo:Seed</c>, on by default), fills an
/// empty database with the demo campaigns and one account per role.
/// </summary>
public static partial class DatabaseStartup
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Step}")]
    private static partial void LogStep(ILogger logger, string step);

    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        await ChiSoDatabase.EnsureReadyAsync(services.GetRequiredService<DatabaseOptions>(), cancellationToken);
        if (!DemoMode(configuration))
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ChiSo.Demo");
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        if (!await db.Campaigns.AnyAsync(cancellationToken))
        {
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
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

    public static bool DemoMode(IConfiguration configuration) => configuration.GetValue("Demo:Seed", true);

    private static List<(string FileName, string Yaml)> ShippedFrameworks()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "frameworks");
        var frameworks = DemoSeeder.ShippedFrameworks(folder);
        return frameworks.Count > 0 ? frameworks : throw new InvalidOperationException($"The shipped frameworks are missing from {folder}.");
    }
}
