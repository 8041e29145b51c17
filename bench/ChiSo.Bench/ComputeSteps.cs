using ChiSo.Files;
using System.Diagnostics;
using ChiSo.Data;
using ChiSo.Data.Results;
using ChiSo.Engine.Scoring;

namespace ChiSo.Bench;

/// <summary>
/// Times each step of <see cref="CampaignScoring.ComputeAsync"/> on its own (best of a few warm runs), to see where
/// the compute time goes: the same calls in the same order, with a stopwatch between them.
/// </summary>
internal static class ComputeSteps
{
    private const int Runs = 4;

    public static async Task PrintAsync(DatabaseProvider provider, CampaignComputeBenchmarks compute)
    {
        // The hashes show that a faster compute still gives the same inputs hash and payload, bit for bit.
        await using (var db = compute.NewContext())
        {
            var result = await new CampaignScoring(db, TimeProvider.System, new ScoringPlans(FrameworkSources.FromYaml)).ScoreAsync(compute.CampaignId, 0);
            Console.WriteLine($"{provider} inputs hash {result.InputsHash}, payload hash {ResultSnapshot.HashOf(ResultPayload.Encode(result.Sheet!))}");
        }

        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var run = 0; run < Runs; run++)
        {
            foreach (var (step, ms) in await OnceAsync(compute))
            {
                if (!best.TryGetValue(step, out var seen))
                {
                    order.Add(step);
                    seen = double.MaxValue;
                }

                best[step] = Math.Min(seen, ms);
            }
        }

        foreach (var step in order)
        {
            Console.WriteLine($"{provider} step {step,-34} {best[step],8:F1} ms");
        }

        Console.WriteLine($"{provider} step {"(sum of best)",-34} {best.Values.Sum(),8:F1} ms");
    }

    private static async Task<List<(string Step, double Ms)>> OnceAsync(CampaignComputeBenchmarks compute)
    {
        var steps = new List<(string, double)>();
        var watch = Stopwatch.StartNew();
        void Lap(string step)
        {
            steps.Add((step, watch.Elapsed.TotalMilliseconds));
            watch.Restart();
        }

        await using var db = compute.NewContext();
        var id = compute.CampaignId;
        var campaign = (await CampaignReader.CampaignAsync(db, id, default))!;
        Lap("campaign + framework row");
        var plan = new ScoringPlans(FrameworkSources.FromYaml).For(campaign.Yaml, campaign.ContentHash, "bench.yaml").Plan;
        Lap("plan");
        var units = await CampaignReader.UnitsAsync(db, id, default);
        Lap($"units query ({units.Count:N0})");
        var values = await CampaignReader.ValuesAsync(db, id, 0, default);
        Lap($"values query ({values.Rows.Count:N0})");
        var inputs = CampaignInputs.Build(plan!, units, values);
        Lap("build dataset + hash rows");
        var sheet = PointsScorer.Score(inputs.Data);
        Lap("engine (score + rank)");
        var inputsHash = InputsHash.Compute(inputs.Rows);
        Lap("inputs hash");
        var payload = ResultPayload.Encode(sheet);
        Lap($"encode payload ({payload.Length:N0} B)");
        var snapshot = new ResultSnapshot
        {
            CampaignId = id, Round = 0, FrameworkHash = campaign.ContentHash, InputsHash = inputsHash, EngineVersion = CampaignScoring.EngineVersion,
            CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime, CreatedBy = "bench", Payload = payload, PayloadHash = ResultSnapshot.HashOf(payload),
        };
        Lap("payload hash");
        db.ResultSnapshots.Add(snapshot);
        await db.SaveChangesAsync();
        Lap("save snapshot");
        return steps;
    }
}
