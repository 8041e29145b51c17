using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ChiSo.Cli.Backups;

/// <summary>Finds and runs the PostgreSQL client programs (pg_dump, pg_restore).</summary>
internal static class PostgresTools
{
    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>On PATH first, then the newest Debian layout folder /usr/lib/postgresql/N/bin.</summary>
    public static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        const string debian = "/usr/lib/postgresql";
        if (!Directory.Exists(debian))
        {
            return null;
        }

        return Directory.GetDirectories(debian)
            .Select(d => (Version: int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var v) ? v : 0, Path: Path.Combine(d, "bin", program)))
            .Where(c => File.Exists(c.Path))
            .OrderByDescending(c => c.Version)
            .Select(c => c.Path)
            .FirstOrDefault();
    }

    /// <summary>libpq connection options from an Npgsql connection string; the password goes through PGPASSWORD, never the command line.</summary>
    public static (List<string> Arguments, string? Password) Connection(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        List<string> arguments = ["--host", builder.Host ?? "localhost", "--port", builder.Port.ToString(CultureInfo.InvariantCulture), "--dbname", builder.Database ?? "postgres"];
        if (builder.Username is { } user)
        {
            arguments.AddRange(["--username", user]);
        }

        return (arguments, builder.Password);
    }

    public static async Task<Run> RunAsync(string program, IEnumerable<string> arguments, string? password, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = password ?? "";
        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return new Run(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}
