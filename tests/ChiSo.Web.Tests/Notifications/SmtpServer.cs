using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChiSo.Web.Tests.Notifications;

/// <summary>
/// A real SMTP server on loopback: Debian's python3-aiosmtpd with its Mailbox handler, which stores every accepted
/// message in a Maildir. Debian's interpreter is used by path because another python3 on PATH may lack the package.
/// A missing package fails the test with the command that installs it: these tests are never skipped.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private const string Python = "/usr/bin/python3";

    private Process? _process;

    public int Port { get; } = FreePort();

    public string MailDir { get; } = Path.Combine(Path.GetTempPath(), $"chiso-smtp-{Guid.NewGuid():N}");

    public static void EnsureInstalled()
    {
        using var check = Process.Start(new ProcessStartInfo(Python, "-c \"import aiosmtpd\"") { RedirectStandardError = true, UseShellExecute = false });
        check?.WaitForExit();
        if (check is null || check.ExitCode != 0)
        {
            throw new InvalidOperationException("python3-aiosmtpd is not installed: run `apt-get install -y python3-aiosmtpd` (scripts/test does).");
        }
    }

    public async Task StartAsync()
    {
        EnsureInstalled();
        var start = new ProcessStartInfo(Python) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDir })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        for (var i = 0; i < 200; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("aiosmtpd exited: " + await _process.StandardError.ReadToEndAsync());
            }

            if (await AcceptsAsync())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"aiosmtpd does not listen on 127.0.0.1:{Port}.");
    }

    /// <summary>The raw messages the server accepted (Maildir "new" folder).</summary>
    public IReadOnlyList<string> Messages()
    {
        var folder = Path.Combine(MailDir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(File.ReadAllText)] : [];
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        if (Directory.Exists(MailDir))
        {
            Directory.Delete(MailDir, recursive: true);
        }
    }

    private async Task<bool> AcceptsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
