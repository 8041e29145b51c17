using System.Diagnostics;
using ChiSo.Data;

namespace ChiSo.Bench;

/// <summary>
/// `quick [load|compute|round]`: one timed pass of each data benchmark (a few seconds, for a first look; BenchmarkDotNet
/// for figures), plus what each compute step costs.
/// </summary>
internal static class QuickMeasure
{
    public static async Task RunAsync(string? only)
    {
        foreach (var provider in BenchProviders.All())
        {
            if (only is null or "load")
            {
                await LoadAsync(provider);
            }

            if (only is null or "compute")
            {
                await ComputeAsync(provider);
            }

            if (only is null or "round")
            {
                await RoundAsync(provider);
            }
        }
    }

    private static async Task LoadAsync(DatabaseProvider provider)
    {
        var load = new InputLoadBenchmarks { Provider = provider };
        load.Setup();
        var ways = new (string Name, Func<Task> Run)[]
        {
            ("bulk loader", load.BulkLoader),
            ("bulk loader, again", load.BulkLoader),
            ("EF batches", load.EfBatches),
            ("SQLite prepared single-row", () => { load.SqlitePrepared(); return Task.CompletedTask; }),
        };
        foreach (var (name, run) in ways)
        {
            if (provider != DatabaseProvider.Sqlite && name.StartsWith("SQLite", StringComparison.Ordinal))
            {
                continue;
            }

            load.Clear();
            var watch = Stopwatch.StartNew();
            await run();
            Console.WriteLine($"{provider} load 498,150 values ({name}): {watch.ElapsedMilliseconds} ms");
        }

        load.Cleanup();
    }

    private static async Task RoundAsync(DatabaseProvider provider)
    {
        var round = new RoundBenchmarks { Provider = provider };
        round.Setup();
        // Three runs first, not counted: the first runs execute code the JIT has not optimised yet (tiered compilation),
        // which an app that has been up for a while no longer does. Then ten counted runs and their median.
        const int warmUps = 3, runs = 10;
        var times = new List<long>();
        for (var i = 0; i < warmUps + runs; i++)
        {
            round.Reset();
            var (watch, cpu) = (Stopwatch.StartNew(), Cpu());
            await round.PublishRound1();
            var counted = i >= warmUps;
            if (counted)
            {
                times.Add(watch.ElapsedMilliseconds);
            }

            Console.WriteLine($"{provider} publish round 1 of 3,321 communes (compute, snapshot, statuses, audit; {(counted ? $"run {i - warmUps + 1}" : $"warm-up {i + 1}")}): {watch.ElapsedMilliseconds} ms, CPU of this process {Cpu() - cpu:F0} ms, load {Load()}");
        }

        times.Sort();
        Console.WriteLine($"{provider} publish round 1 of 3,321 communes, {runs} runs: median {(times[(runs - 1) / 2] + times[runs / 2]) / 2.0:F0} ms, fastest {times[0]} ms, slowest {times[^1]} ms (target < 500 ms)");
        Console.WriteLine($"{provider} round 1 {await round.HashesAsync()}");
        round.Cleanup();
    }

    // Wall time on a shared machine mostly says how busy it is: the process's own CPU time is printed beside it.
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task ComputeAsync(DatabaseProvider provider)
    {
        var compute = new CampaignComputeBenchmarks { Provider = provider };
        compute.Setup();
        for (var i = 0; i < 5; i++)
        {
            var (watch, cpu) = (Stopwatch.StartNew(), Cpu());
            await compute.ComputeAndSnapshot();
            Console.WriteLine($"{provider} compute 3,321 communes + snapshot (run {i + 1}): {watch.ElapsedMilliseconds} ms, CPU of this process {Cpu() - cpu:F0} ms, load {Load()}");
        }

        await ComputeHashes.PrintAsync(provider, compute);
        compute.Cleanup();
    }
}
