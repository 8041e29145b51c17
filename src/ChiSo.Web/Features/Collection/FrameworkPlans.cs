using System.Collections.Concurrent;
using ChiSo.Engine.Scoring;
using ChiSo.Formats.Yaml;

namespace ChiSo.Web.Features.Collection;

/// <summary>
/// Scoring plans of stored framework editions, parsed once per content hash: the hash names the exact YAML text,
/// so a cached plan is never stale, and a form does not re-parse its framework on every keystroke.
/// </summary>
public static class FrameworkPlans
{
    private static readonly ConcurrentDictionary<string, ScoringPlan> Cache = new(StringComparer.Ordinal);

    public static ScoringPlan For(string yaml, string contentHash, string fileName) =>
        Cache.GetOrAdd(contentHash, _ =>
        {
            var (framework, problems) = FrameworkLoader.Load(yaml, fileName);
            var plan = framework is null ? null : ScoringPlan.Create(framework).Plan;
            return plan ?? throw new InvalidOperationException($"Stored framework {fileName} does not load: {problems.FirstOrDefault()?.MessageEn}");
        });
}
