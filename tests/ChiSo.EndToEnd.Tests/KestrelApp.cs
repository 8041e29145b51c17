using System.Collections.Concurrent;
using ChiSo.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChiSo.EndToEnd.Tests;

/// <summary>
/// The web app on real Kestrel (a free port) and its own temporary SQLite file; demo-seeded unless told otherwise.
/// What the app logs is kept in <see cref="Logs"/> (the first-run set-up code is read from there, as a person reads it
/// from the server's log).
/// </summary>
public sealed class KestrelApp : WebApplicationFactory<Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"chiso-e2e-{Guid.NewGuid():N}.db");

    private readonly bool _demo;

    private readonly IReadOnlyDictionary<string, string> _settings;

    public KestrelApp()
        : this(demo: true)
    {
    }

    private readonly TimeProvider? _clock;

    /// <summary>
    /// An app of one's own: demo off for a fresh install, extra settings (a test SMTP server, say), and a clock the test
    /// moves (<see cref="ShiftedClock"/>; a test service, never a setting of the app).
    /// </summary>
    internal KestrelApp(bool demo, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    {
        _demo = demo;
        _settings = settings ?? new Dictionary<string, string>();
        _clock = clock;
        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Every line the app logged at Information or above, in order.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public ChiSoDbContext NewContext() => ChiSoDatabase.CreateContext(Services.GetRequiredService<DatabaseOptions>());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_database}");
        if (_demo)
        {
            builder.UseSetting("Demo:Seed", "true");
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test signs in from 127.0.0.1: the per-address limit of ten a minute is tested on its own (ChiSo.Web.Tests).
        builder.UseSetting("SignIn:PermitsPerMinute", "1000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new QueueLogger(Logs)));
        if (_clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private sealed class QueueLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
