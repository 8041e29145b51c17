using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChiSo.Web.Tests.Support;

/// <summary>
/// What the test app logged at Error or above (the exception included), kept so that a test that meets a 500 can say
/// why (<see cref="Browser.PageAsync"/>): the console of a test host shows none of it. Registered by
/// <see cref="WebAppFactory.Configure"/> for SQLite and PostgreSQL alike.
/// </summary>
public sealed class AppErrors : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            _lines.Enqueue($"{formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
        }
    }

    public void Dispose()
    {
    }
}
