using ChiSo.Files;
using ChiSo.Data;
using ChiSo.Data.Results;
using ChiSo.Engine.Scoring;

namespace ChiSo.Bench;

/// <summary>
/// Prints the hashes of a compute: a faster compute must still give the same inputs hash and payload, bit for bit.
/// (Step-by-step timings need the internals of ChiSo.Data; take them with dotnet-trace, not by shaping the code.)
/// </summary>
internal static class ComputeHashes
{
    public static async Task PrintAsync(DatabaseProvider provider, CampaignComputeBenchmarks compute)
    {
        // The hashes show that a faster compute still gives the same inputs hash and payload, bit for bit.
        await using (var db = compute.NewContext())
        {
            var result = await new CampaignScoring(db, TimeProvider.System, new ScoringPlans(FrameworkSources.FromYaml)).ScoreAsync(compute.CampaignId, 0);
            Console.WriteLine($"{provider} inputs hash {result.InputsHash}, payload hash {ResultSnapshot.HashOf(ResultPayload.Encode(result.Sheet!))}");
        }
    }
}
