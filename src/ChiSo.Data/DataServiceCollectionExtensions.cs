using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ChiSoDbContext"/> on the provider the <c>Database</c> section names (SQLite by default), from
    /// a pool: a web request gets a context that was reset after the previous one instead of building a new one (every
    /// save of a value is a request; their setup showed in its profile).
    /// </summary>
    public static IServiceCollection AddChiSoData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return services.AddChiSoData(options);
    }

    public static IServiceCollection AddChiSoData(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        services.AddDbContextPool<ChiSoDbContext>(builder => ChiSoDatabase.Configure(builder, options));
        return services;
    }
}
