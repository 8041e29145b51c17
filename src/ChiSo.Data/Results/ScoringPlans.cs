using System.Collections.Concurrent;
using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Scoring;
using ChiSo.Files.Yaml;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// The plan of a stored edition known by its id and hash: the YAML text (tens of kB) is read from the database only
    /// the first time this process meets the edition.
    /// </summary>
    public static async Task<ScoringPlan> ForEditionAsync(
        ChiSoDbContext db, int editionId, string contentHash, string frameworkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Cache.TryGetValue(contentHash, out var cached) && cached.Plan is { } plan)
        {
            return plan;
        }

        var yaml = await db.FrameworkEditions.AsNoTracking().Where(e => e.Id == editionId).Select(e => e.Yaml)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return Require(yaml, contentHash, frameworkId + ".yaml");
    }

    /// <summary>The plan of a campaign's framework edition, or null when there is no such campaign.</summary>
    public static async Task<ScoringPlan?> ForCampaignAsync(ChiSoDbContext db, int campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var edition = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.FrameworkEditionId, c.FrameworkEdition!.ContentHash, c.FrameworkEdition.FrameworkId })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return edition is null ? null
            : await ForEditionAsync(db, edition.FrameworkEditionId, edition.ContentHash, edition.FrameworkId, cancellationToken).ConfigureAwait(false);
    }

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
