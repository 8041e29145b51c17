using ChiSo.Data.Results;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ChiSoDbContext"/> on the provider the <c>Database</c> section names (SQLite by default), from
    /// a pool: a web request gets a context that was reset after the previous one instead of building a new one (every
    /// save of a value is a request; their setup showed in its profile). <paramref name="frameworks"/> reads stored
    /// framework text (the host passes <c>FrameworkSources.FromYaml</c>); plans are cached by <see cref="ScoringPlans"/>.
    /// </summary>
    public static IServiceCollection AddChiSoData(this IServiceCollection services, IConfiguration configuration, FrameworkReader frameworks)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return services.AddChiSoData(options, frameworks);
    }

    public static IServiceCollection AddChiSoData(this IServiceCollection services, DatabaseOptions options, FrameworkReader frameworks)
    {
        services.AddSingleton(options);
        services.AddSingleton(new ScoringPlans(frameworks));
        services.AddSingleton<ResultsCache>();
        services.AddScoped<ResultsReader>();
        services.AddDbContextPool<ChiSoDbContext>(builder => ChiSoDatabase.Configure(builder, options));
        return services;
    }
}
