using ChiSo.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChiSo.Web.Tests.Support;

/// <summary>
/// The web app on its own temporary SQLite file, migrated and (unless told otherwise) demo-seeded on start, deleted
/// afterwards.
/// </summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    private readonly bool _demo;

    public WebAppFactory()
        : this(demo: true)
    {
    }

    internal WebAppFactory(bool demo) => _demo = demo;

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"chiso-web-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, "Sqlite", $"Data Source={DatabasePath}", _demo);

    /// <summary>The test app's settings on the given database, demo-seeded by choice; shared with <see cref="PostgresWebAppFactory"/>.</summary>
    internal static void Configure(IWebHostBuilder builder, string provider, string connectionString, bool demo = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        if (demo)
        {
            builder.UseSetting("Demo:Seed", "true");
        }

        // Many tests sign in from the same (test) address: the per-address limit is tested on its own.
        builder.UseSetting("SignIn:PermitsPerMinute", "1000");
        builder.UseSetting("SignIn:FreeFailuresPerAddress", "1000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<AppErrors>());
        builder.ConfigureLogging(logging => logging.Services.AddSingleton<ILoggerProvider>(sp => sp.GetRequiredService<AppErrors>()));
    }

    public ChiSoDbContext NewContext() =>
        ChiSoDatabase.CreateContext(Services.GetRequiredService<DatabaseOptions>());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
