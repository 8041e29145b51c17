using System.Collections.Concurrent;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Results;

/// <summary>
/// How a host turns stored framework text into a checked framework: <c>ChiSo.Files.FrameworkSources.FromYaml</c>.
/// Storage holds the text and never parses it (docs/adr/0007-project-map.md), so the host hands the reader in.
/// </summary>
public delegate CheckedFramework FrameworkReader(string yaml, string fileName);

/// <summary>
/// Scoring plans of stored framework editions, read once per content hash: the hash names the exact YAML text, so a
/// cached plan can never be stale, and a busy server does not re-read a framework for every compute. One per
/// process, registered by <see cref="DataServiceCollectionExtensions.AddChiSoData(Microsoft.Extensions.DependencyInjection.IServiceCollection, DatabaseOptions, FrameworkReader)"/>.
/// </summary>
public sealed class ScoringPlans(FrameworkReader read)
{
    private readonly ConcurrentDictionary<string, CheckedFramework> _cache = new(StringComparer.Ordinal);

    /// <summary>The framework of <paramref name="yaml"/>, whose SHA-256 is <paramref name="contentHash"/>.</summary>
    public CheckedFramework For(string yaml, string contentHash, string fileName) =>
        _cache.GetOrAdd(contentHash, static (_, a) => a.read(a.yaml, a.fileName), (read, yaml, fileName));

    /// <summary>
    /// The checked framework of a stored edition known by its id and hash: its YAML text is read from the database
    /// only the first time this process meets the edition.
    /// </summary>
    public async Task<CheckedFramework> CheckedAsync(
        ChiSoDbContext db, int editionId, string contentHash, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_cache.TryGetValue(contentHash, out var cached))
        {
            return cached;
        }

        var yaml = await db.FrameworkEditions.AsNoTracking().Where(e => e.Id == editionId).Select(e => e.Yaml)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return For(yaml, contentHash, fileName);
    }

    /// <summary>
    /// The plan of a stored edition known by its id and hash: the YAML text (tens of kB) is read from the database only
    /// the first time this process meets the edition.
    /// </summary>
    public async Task<ScoringPlan> ForEditionAsync(
        ChiSoDbContext db, int editionId, string contentHash, string frameworkId, CancellationToken cancellationToken = default) =>
        Require(await CheckedAsync(db, editionId, contentHash, frameworkId + ".yaml", cancellationToken).ConfigureAwait(false), frameworkId + ".yaml");

    /// <summary>The plan of a campaign's framework edition, or null when there is no such campaign.</summary>
    public async Task<ScoringPlan?> ForCampaignAsync(ChiSoDbContext db, int campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var edition = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.FrameworkEditionId, c.FrameworkEdition!.ContentHash, c.FrameworkEdition.FrameworkId })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return edition is null ? null
            : await ForEditionAsync(db, edition.FrameworkEditionId, edition.ContentHash, edition.FrameworkId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The plan of a stored edition, which was validated when it was stored: failing here is a bug.</summary>
    public ScoringPlan Require(string yaml, string contentHash, string fileName) => Require(For(yaml, contentHash, fileName), fileName);

    private static ScoringPlan Require(CheckedFramework read, string fileName) =>
        read.Plan ?? throw new InvalidOperationException($"Stored framework {fileName} does not load: {read.Problems.FirstOrDefault()?.MessageEn}");
}
