using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Architecture;

/// <summary>
/// Issue 12 §4: Redocly's recommended lint (the version pinned in tools/openapi-lint, installed by scripts/test) finds
/// no error and no warning in the app's /openapi/v1.json. Fails, never skips, when Node or the linter is missing.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class OpenApiLintTests(WebAppFactory factory)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Document_RedoclyRecommendedLint_NoErrorsNoWarnings()
    {
        var folder = Path.Combine(Repository.Root(), "tools", "openapi-lint");
        var cli = Path.Combine(folder, "node_modules", "@redocly", "cli", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"The OpenAPI linter is not installed ({cli} is missing): run scripts/test, or `npm ci` in tools/openapi-lint.");
        using var browser = new Browser(factory);
        var file = Path.Combine(Path.GetTempPath(), $"chiso-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await browser.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        try
        {
            var (exit, output, errors) = await RunAsync(folder, "node", cli, "lint", "--config", Path.Combine(folder, "redocly.yaml"), "--format=json", file);

            var report = Parse(output, exit, errors);
            var totals = report.RootElement.GetProperty("totals");
            var problems = report.RootElement.GetProperty("problems").EnumerateArray().Select(Describe).ToList();
            Assert.True(
                totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0,
                $"Redocly: {totals.GetProperty("errors")} errors, {totals.GetProperty("warnings")} warnings in /openapi/v1.json:\n" + string.Join('\n', problems));
            Assert.Equal(0, exit);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonDocument Parse(string output, int exit, string errors)
    {
        // Redocly writes the JSON report to standard output and its progress lines to standard error.
        var start = output.IndexOf('{', StringComparison.Ordinal);
        Assert.True(start >= 0, $"Redocly gave no JSON report (exit {exit}):\n{output}\n{errors}");
        return JsonDocument.Parse(output[start..]);
    }

    private static string Describe(JsonElement problem)
    {
        var pointer = problem.TryGetProperty("location", out var at) && at.GetArrayLength() > 0 && at[0].TryGetProperty("pointer", out var p) ? p.GetString() : "";
        return $"{problem.GetProperty("severity").GetString()} {problem.GetProperty("ruleId").GetString()} at {pointer}: {problem.GetProperty("message").GetString()}";
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline and quiet: no usage report, no check for a newer version.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Node.js is needed for the OpenAPI lint and was not found (`node` on PATH): run scripts/test, which installs Debian's nodejs and npm.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Redocly did not finish within {Limit.TotalSeconds} s.");
            }

            return (process.ExitCode, await output, await errors);
        }
    }
}
