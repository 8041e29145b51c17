using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChiSo.Web.Features.Results;

/// <summary>
/// Prints the app's own print view of a scorecard to PDF with headless Chromium, a child process pointed at this
/// server on loopback. It never opens an address a user gave: the caller passes a path it built from a unit code it
/// found in the snapshot. At most <see cref="ScorecardOptions.AtOnce"/> prints run together, each within the timeout.
/// </summary>
public sealed class ScorecardPrinter(IOptions<ScorecardOptions> options, IServer server, ILogger<ScorecardPrinter> logger) : IDisposable
{
    private readonly ScorecardOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(Math.Max(1, options.Value.AtOnce));

    /// <summary>True when Chromium is installed where the options say.</summary>
    public bool Installed => File.Exists(_options.Chromium);

    /// <summary>The PDF of the page at <paramref name="appPath"/> (an app-relative path starting with /public/), or null when it could not be printed.</summary>
    public async Task<byte[]?> PrintAsync(string appPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appPath);
        if (!appPath.StartsWith("/public/", StringComparison.Ordinal) || !Installed || Loopback() is not { } origin)
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            await _gate.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("chiso-scorecard-");
        try
        {
            return await RunAsync(new Uri(origin, appPath), folder.FullName, timeout.Token);
        }
        finally
        {
            _gate.Release();
            folder.Delete(recursive: true);
        }
    }

    private async Task<byte[]?> RunAsync(Uri page, string folder, CancellationToken cancellationToken)
    {
        var pdf = Path.Combine(folder, "scorecard.pdf");
        var start = new ProcessStartInfo(_options.Chromium)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in Arguments(folder, pdf))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(page.AbsoluteUri);
        using var process = Process.Start(start);
        if (process is null)
        {
            return null;
        }

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ScorecardLog.TimedOut(logger, page.AbsolutePath, _options.TimeoutSeconds);
            return null;
        }

        if (process.ExitCode != 0 || !File.Exists(pdf))
        {
            ScorecardLog.Failed(logger, page.AbsolutePath, process.ExitCode);
            return null;
        }

        return await File.ReadAllBytesAsync(pdf, CancellationToken.None);
    }

    private static IEnumerable<string> Arguments(string folder, string pdf)
    {
        // Chromium refuses to start as root with its sandbox (containers); it only ever opens this server's own page.
        if (Environment.UserName == "root")
        {
            yield return "--no-sandbox";
        }

        yield return "--headless";
        yield return "--disable-gpu";
        yield return "--no-first-run";
        yield return "--disable-extensions";
        yield return "--disable-background-networking";
        yield return "--disable-component-update";
        yield return "--disable-sync";
        yield return "--disable-dev-shm-usage";
        yield return "--user-data-dir=" + Path.Combine(folder, "profile");
        yield return "--no-pdf-header-footer";
        yield return "--print-to-pdf=" + pdf;
    }

    /// <summary>This server's first plain-HTTP address, on loopback.</summary>
    private Uri? Loopback()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var normalised = address.Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal);
            if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
            {
                continue;
            }

            var host = uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost" ? "127.0.0.1" : uri.Host;
            return new UriBuilder(Uri.UriSchemeHttp, host, uri.Port).Uri;
        }

        return null;
    }

    public void Dispose() => _gate.Dispose();
}

internal static partial class ScorecardLog
{
    [LoggerMessage(1, LogLevel.Warning, "Chromium did not print {Page} within {Seconds} s")]
    public static partial void TimedOut(ILogger logger, string page, int seconds);

    [LoggerMessage(2, LogLevel.Warning, "Chromium could not print {Page} (exit code {Code})")]
    public static partial void Failed(ILogger logger, string page, int code);
}
