using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ChiSo.Data.Results;

/// <summary>A campaign whose result is published, with its latest published snapshot.</summary>
public sealed record PublishedCampaign(
    int Id, string Name, int Year, string FrameworkId, int Edition, string Title, string? TitleEn, string? UnitLevel,
    int SnapshotId, DateTime PublishedAt, bool IsDemo);

/// <summary>
/// The one way to read stored results for showing them (ranking tables, profiles, maps, exports, open data): the
/// snapshot's payload checked against its hash and decoded, joined to its framework edition and unit names. A
/// snapshot never changes (ADR 0024), so the decoded result is kept per snapshot id in a small process-wide cache
/// (<see cref="ResultsCache"/>); what changes is only which snapshot is a campaign's latest published one.
/// Nothing here decides who may see what: callers read <see cref="PublishedAsync"/> for everyone, and rounds under
/// review through the review's visibility rule (RoundVisibility).
/// </summary>
public sealed class ResultsReader(ChiSoDbContext db, ScoringPlans plans, ResultsCache cache)
{
    /// <summary>Every campaign with a published result, newest year first.</summary>
    public async Task<IReadOnlyList<PublishedCampaign>> PublishedCampaignsAsync(CancellationToken cancellationToken = default)
    {
        var latest = db.ResultSnapshots.AsNoTracking().Where(s => s.Published)
            .GroupBy(s => s.CampaignId).Select(g => new { CampaignId = g.Key, SnapshotId = g.Max(s => s.Id) });
        var rows = await db.Campaigns.AsNoTracking()
            .Join(latest, c => c.Id, l => l.CampaignId, (c, l) => new { c, l.SnapshotId })
            .Join(db.ResultSnapshots, x => x.SnapshotId, s => s.Id, (x, s) => new
            {
                x.c.Id, x.c.Name, x.c.Year, x.c.FrameworkEdition!.FrameworkId, x.c.FrameworkEdition.Edition,
                x.c.FrameworkEditionId, x.c.FrameworkEdition.ContentHash, x.c.IsDemo, x.SnapshotId, s.CreatedAt,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // The framework's words come from the process-wide plan cache: an edition's text is read once per process.
        var campaigns = new List<PublishedCampaign>(rows.Count);
        foreach (var r in rows)
        {
            var definition = (await plans.ForEditionAsync(db, r.FrameworkEditionId, r.ContentHash, r.FrameworkId, cancellationToken).ConfigureAwait(false)).Framework;
            campaigns.Add(new PublishedCampaign(r.Id, r.Name, r.Year, r.FrameworkId, r.Edition, definition.Title, definition.TitleEn,
                definition.UnitLevel, r.SnapshotId, r.CreatedAt, r.IsDemo));
        }

        return [.. campaigns.OrderByDescending(c => c.Year).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>The id of a campaign's latest published snapshot, or null while nothing is published.</summary>
    public Task<int?> PublishedSnapshotIdAsync(int campaignId, CancellationToken cancellationToken = default) =>
        db.ResultSnapshots.AsNoTracking().Where(s => s.CampaignId == campaignId && s.Published)
            .OrderByDescending(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A campaign's latest published result, or null while nothing is published.</summary>
    public async Task<CampaignResults?> PublishedAsync(int campaignId, CancellationToken cancellationToken = default) =>
        await PublishedSnapshotIdAsync(campaignId, cancellationToken).ConfigureAwait(false) is { } id
            ? await SnapshotAsync(id, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>
    /// The latest published result of the same framework (same id) from an earlier year than <paramref name="current"/>,
    /// the default comparison for rank movement; null when there is none.
    /// </summary>
    public async Task<CampaignResults?> PreviousPublishedAsync(CampaignResults current, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        var id = await db.ResultSnapshots.AsNoTracking()
            .Where(s => s.Published && s.CampaignId != current.Campaign.Id)
            .Join(db.Campaigns, s => s.CampaignId, c => c.Id, (s, c) => new { s.Id, c.Year, c.FrameworkEdition!.FrameworkId })
            .Where(x => x.FrameworkId == current.Campaign.FrameworkId && x.Year < current.Campaign.Year)
            .OrderByDescending(x => x.Year).ThenByDescending(x => x.Id).Select(x => (int?)x.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return id is { } snapshotId ? await SnapshotAsync(snapshotId, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>
    /// One snapshot's results (any round, published or not: the caller has decided the reader may see it); null when
    /// there is no such snapshot. Throws <see cref="InvalidDataException"/> when the payload does not match its hash.
    /// </summary>
    public async Task<CampaignResults?> SnapshotAsync(int snapshotId, CancellationToken cancellationToken = default)
    {
        if (cache.TryGet(snapshotId, out var cached))
        {
            return cached;
        }

        var row = await db.ResultSnapshots.AsNoTracking().Where(s => s.Id == snapshotId)
            .Join(db.Campaigns, s => s.CampaignId, c => c.Id, (s, c) => new
            {
                s.Id, s.CampaignId, s.Round, s.Published, s.CreatedAt, s.PayloadHash, s.Payload, s.SupersedesId, s.Reason,
                Campaign = new { c.Name, c.Year, c.IsDemo, c.FrameworkEditionId },
                Edition = new { c.FrameworkEdition!.FrameworkId, c.FrameworkEdition.Edition, c.FrameworkEdition.ContentHash },
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        if (ResultSnapshot.HashOf(row.Payload) != row.PayloadHash)
        {
            throw new InvalidDataException($"Result snapshot {snapshotId} does not match its payload hash.");
        }

        var stored = Engine.Scoring.ResultPayload.Decode(row.Payload);
        var plan = await plans.ForEditionAsync(db, row.Campaign.FrameworkEditionId, row.Edition.ContentHash, row.Edition.FrameworkId, cancellationToken).ConfigureAwait(false);
        var definition = plan.Framework;

        var columns = new ResultColumn[stored.NodeCodes.Length];
        for (var n = 0; n < columns.Length; n++)
        {
            var code = stored.NodeCodes[n];
            if (plan.TryGetIndex(code, out var p))
            {
                var node = plan.Nodes[p];
                var name = n == 0 ? new Bilingual(definition.Title, definition.TitleEn ?? definition.Title)
                    : new Bilingual(node.Name, node.Definition?.NameEn ?? node.Name);
                columns[n] = new ResultColumn(n, code, name, double.IsFinite(node.MaxPoints) ? node.MaxPoints : null, node.Depth,
                    node.Parent >= 0 ? plan.Nodes[node.Parent].Code : null, IsView: false, node.Scored);
            }
            else if (plan.TryGetColumn(code, out var v) && v >= plan.Nodes.Length)
            {
                var view = plan.Views[v - plan.Nodes.Length];
                columns[n] = new ResultColumn(n, code, new Bilingual(view.Name, view.Definition.NameEn ?? view.Name),
                    double.IsFinite(view.MaxPoints) ? view.MaxPoints : null, 1, null, IsView: true, Scored: true);
            }
            else
            {
                columns[n] = new ResultColumn(n, code, Bilingual.Same(code), null, 1, null, IsView: n >= stored.NodeCodes.Length - stored.ViewCount, Scored: true);
            }
        }

        var units = await db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == row.CampaignId)
            .Select(cu => new { cu.UnitId, cu.Unit!.Code, cu.Unit.Name, cu.Unit.Level, cu.GroupCode, ParentCode = cu.Unit.Parent!.Code, ParentName = cu.Unit.Parent.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byCode = units.GroupBy(u => u.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var resultUnits = new ResultUnit[stored.UnitCodes.Length];
        for (var u = 0; u < resultUnits.Length; u++)
        {
            var code = stored.UnitCodes[u];
            resultUnits[u] = byCode.TryGetValue(code, out var unit)
                ? new ResultUnit(u, unit.UnitId, code, unit.Name, unit.Level, unit.ParentCode, unit.ParentName, unit.GroupCode)
                : new ResultUnit(u, null, code, code, null, null, null, null);
        }

        var results = new CampaignResults
        {
            Campaign = new ResultsCampaign(row.CampaignId, row.Campaign.Name, row.Campaign.Year, row.Campaign.FrameworkEditionId,
                row.Edition.FrameworkId, row.Edition.Edition, definition.Title, definition.TitleEn, row.Campaign.IsDemo),
            SnapshotId = row.Id,
            Round = row.Round,
            Published = row.Published,
            CreatedAt = row.CreatedAt,
            PayloadHash = row.PayloadHash,
            SupersedesId = row.SupersedesId,
            Reason = row.Reason,
            Definition = definition,
            Plan = plan,
            Columns = columns,
            Units = resultUnits,
            Stored = stored,
        };
        cache.Add(results, row.Payload.Length);
        return results;
    }
}

/// <summary>
/// Decoded snapshots kept in memory, at most <see cref="Limit"/> payload bytes in all (one per process; a snapshot
/// never changes, so an entry is never stale).
/// </summary>
public sealed class ResultsCache : IDisposable
{
    /// <summary>About 256 MB of payload bytes (a 3,321-commune × 150-node snapshot is ~10 MB).</summary>
    public const long Limit = 256L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Limit });

    public bool TryGet(int snapshotId, out CampaignResults? results) => _cache.TryGetValue(snapshotId, out results);

    public void Add(CampaignResults results, long size)
    {
        ArgumentNullException.ThrowIfNull(results);
        _cache.Set(results.SnapshotId, results, new MemoryCacheEntryOptions { Size = Math.Max(1, size) });
    }

    public void Dispose() => _cache.Dispose();
}
