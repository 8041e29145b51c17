using ChiSo.Data;
using ChiSo.Data.Demo;
using ChiSo.Data.Results;
using ChiSo.Files.Units;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Demo;

/// <summary>
/// Demo mode (<c>Demo:Seed</c>, on by default): fills an empty database with the demo campaigns and one account per
/// role on start.
/// </summary>
public static class DemoMode
{
    public static bool IsOn(IConfiguration configuration) => configuration.GetValue("Demo:Seed", true);

    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoAccounts>();
        return services;
    }

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        if (!IsOn(configuration))
        {
            return;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        if (!await db.Campaigns.AnyAsync(cancellationToken))
        {
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            await new DemoSeeder(db, clock, services.GetRequiredService<ScoringPlans>()).SeedAsync(ShippedFrameworks(), ShippedRegistry.Load, cancellationToken);
        }

        // The demo accounts (with the password the README publishes) belong to the demo data: a database that holds
        // real campaigns and no demo ones never gets them, whatever the setting says.
        if (await db.Campaigns.AnyAsync(c => c.IsDemo, cancellationToken))
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(cancellationToken);
        }
    }

    private static List<(string FileName, string Yaml)> ShippedFrameworks()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "frameworks");
        var frameworks = DemoSeeder.ShippedFrameworks(folder);
        return frameworks.Count > 0 ? frameworks : throw new InvalidOperationException($"The shipped frameworks are missing from {folder}.");
    }
}
