using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using ChiSo.Data;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChiSo.Web.Tests.FirstRun;

/// <summary>The app on an empty database with demo mode off, its log lines kept, as an installer first starts it.</summary>
public sealed partial class FirstRunApp : IAsyncDisposable
{
    public const string StrongPassword = "Quan-Tri-2026!";

    private readonly WebAppFactory _factory = new(demo: false);

    public FirstRunApp(int attemptsPerMinute = 1000)
    {
        App = _factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("FirstRun:AttemptsPerMinute", attemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.ConfigureLogging(l => l.AddProvider(new LineCollector(Lines)));
        });
    }

    public WebApplicationFactory<Program> App { get; }

    public ConcurrentQueue<string> Lines { get; } = new();

    public HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The code as a person reads it from the log: the line "ChiSo setup code: XXXX-XXXX-XXXX".</summary>
    public string CodeFromLog()
    {
        Client().Dispose();
        var line = Lines.FirstOrDefault(l => l.Contains("ChiSo setup code: ", StringComparison.Ordinal));
        Assert.NotNull(line);
        var match = CodePattern().Match(line);
        Assert.True(match.Success, line);
        return match.Groups[1].Value;
    }

    public ChiSoDbContext NewContext() => ChiSoDatabase.CreateContext(App.Services.GetRequiredService<DatabaseOptions>());

    /// <summary>Posts the set-up form as the page does (its antiforgery token, its form name).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string code, string email, string password = StrongPassword, string? confirm = null, string name = "Nguyễn Thị Quản Trị")
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = Browser.TokenIn(await client.GetStringAsync(new Uri("/setup/first-admin", UriKind.Relative)));
        return await PostAsync(client, token, code, email, password, confirm, name);
    }

    /// <summary>Posts the form with a token read before.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string code, string email, string password = StrongPassword, string? confirm = null, string name = "Nguyễn Thị Quản Trị")
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "first-admin",
            ["__RequestVerificationToken"] = token,
            ["code"] = code,
            ["name"] = name,
            ["email"] = email,
            ["password"] = password,
            ["confirm"] = confirm ?? password,
        });
        return await client.PostAsync(new Uri("/setup/first-admin", UriKind.Relative), form);
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [GeneratedRegex(@"ChiSo setup code: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})\b")]
    private static partial Regex CodePattern();

    private sealed class LineCollector(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(lines);

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
