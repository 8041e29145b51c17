using System.Diagnostics;
using ChiSo.Data;

namespace ChiSo.Bench;

/// <summary>`quick`: one timed pass of each data benchmark (a few seconds, for a first look; BenchmarkDotNet for figures).</summary>
internal static class QuickMeasure
{
    public static async Task RunAsync()
    {
        foreach (var provider in BenchProviders.All())
        {
            var load = new InputLoadBenchmarks { Provider = provider };
            load.Setup();
            foreach (var (name, action) in new (string, Func<Task>)[] { ("EF batches", load.EfBatches), ("SQLite prepared", () => { load.SqlitePrepared(); return Task.CompletedTask; }) })
            {
                if (provider != DatabaseProvider.Sqlite && name.StartsWith("SQLite", StringComparison.Ordinal))
                {
                    continue;
                }

                load.Clear();
                var watch = Stopwatch.StartNew();
                await action();
                Console.WriteLine($"{provider} load 498,150 values ({name}): {watch.ElapsedMilliseconds} ms");
            }

            load.Cleanup();
            var compute = new CampaignComputeBenchmarks { Provider = provider };
            compute.Setup();
            for (var i = 0; i < 4; i++)
            {
                var watch = Stopwatch.StartNew();
                await compute.ComputeAndSnapshot();
                Console.WriteLine($"{provider} compute 3,321 communes + snapshot (run {i + 1}): {watch.ElapsedMilliseconds} ms");
            }

            await using (var db = compute.NewContext())
            {
                var scoring = new ChiSo.Data.Results.CampaignScoring(db, TimeProvider.System);
                var watch = Stopwatch.StartNew();
                var scored = await scoring.ScoreAsync(compute.CampaignId, 0);
                Console.WriteLine($"{provider} score only (load + engine + hash): {watch.ElapsedMilliseconds} ms");
                watch.Restart();
                var payload = ChiSo.Engine.Scoring.ResultPayload.Encode(scored.Sheet!);
                Console.WriteLine($"{provider} encode payload ({payload.Length:N0} bytes, ranks included): {watch.ElapsedMilliseconds} ms");
                watch.Restart();
                var count = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.InputValues);
                Console.WriteLine($"{provider} values in db {count}: {watch.ElapsedMilliseconds} ms");
            }

            compute.Cleanup();
        }
    }
}
