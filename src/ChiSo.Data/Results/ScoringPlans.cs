using System.Collections.Concurrent;
using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Scoring;
using ChiSo.Formats.Yaml;

namespace ChiSo.Data.Results;

/// <summary>
/// Scoring plans of stored framework editions, parsed once per content hash: the hash names the exact YAML text,
/// so a cached plan can never be stale, and a busy server does not re-parse a framework for every compute.
/// </summary>
public static class ScoringPlans
{
    private static readonly ConcurrentDictionary<string, (ScoringPlan? Plan, ImmutableArray<Problem> Problems)> Cache = new(StringComparer.Ordinal);

    public static (ScoringPlan? Plan, ImmutableArray<Problem> Problems) For(string yaml, string contentHash, string fileName) =>
        Cache.GetOrAdd(contentHash, _ => Create(yaml, fileName));

    /// <summary>The plan already parsed for this content hash, if any: a hot path can skip reading the YAML text.</summary>
    public static ScoringPlan? Cached(string contentHash) => Cache.TryGetValue(contentHash, out var entry) ? entry.Plan : null;

    /// <summary>The plan of a stored edition, which was validated when it was stored: failing here is a bug.</summary>
    public static ScoringPlan Require(string yaml, string contentHash, string fileName)
    {
        var (plan, problems) = For(yaml, contentHash, fileName);
        return plan ?? throw new InvalidOperationException($"Stored framework {fileName} does not load: {problems.FirstOrDefault()?.MessageEn}");
    }

    private static (ScoringPlan? Plan, ImmutableArray<Problem> Problems) Create(string yaml, string fileName)
    {
        var (framework, problems) = FrameworkLoader.Load(yaml, fileName);
        if (framework is null)
        {
            return (null, problems);
        }

        var (plan, planProblems) = ScoringPlan.Create(framework);
        return (plan, problems.AddRange(planProblems));
    }
}
