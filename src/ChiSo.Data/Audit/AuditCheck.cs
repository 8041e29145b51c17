using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Data.Results;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Audit;

/// <summary>
/// One thing found wrong: an event of the chain (its id, time, actor and action) or a stored result snapshot.
/// </summary>
public sealed record AuditFinding(long? EventId, DateTime? At, string? Actor, string? Action, int? SnapshotId, Bilingual Problem);

/// <summary>The verdict of <see cref="AuditCheck"/>: how much was checked, and every finding (the chain's first break first).</summary>
public sealed record AuditReport(long EventsChecked, int SnapshotsChecked, ImmutableArray<AuditFinding> Findings)
{
    public bool IsIntact => Findings.IsEmpty;
}

/// <summary>
/// The whole proof, as <c>chiso audit verify</c> and the audit page give it (ADR 0024):
/// the hash chain walked from the first event (the first broken event named);
/// every result snapshot's payload against its <see cref="ResultSnapshot.PayloadHash"/>;
/// that hash against the one its <c>snapshot.created</c> event recorded (<see cref="SnapshotAudit"/>), so a payload and
/// hash both rewritten in the database no longer match the chain;
/// and every <see cref="ResultSnapshot.AuditHead"/> still found in the chain, with the snapshot's own event after it,
/// so that deleting the chain's recent events shows too.
/// </summary>
public static class AuditCheck
{
    public static async Task<AuditReport> RunAsync(ChiSoDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var heads = (await db.ResultSnapshots.AsNoTracking().Where(s => s.AuditHead != null).Select(s => s.AuditHead!)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var chain = await WalkAsync(db, heads, cancellationToken).ConfigureAwait(false);
        var findings = new List<AuditFinding>();
        if (chain.Broken is not null)
        {
            findings.Add(chain.Broken);
        }

        var snapshots = 0;
        await foreach (var s in db.ResultSnapshots.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.CampaignId, s.Round, s.Payload, s.PayloadHash, s.AuditHead }).AsAsyncEnumerable()
            .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            snapshots++;
            findings.AddRange(Check(new StoredSnapshot(s.Id, s.CampaignId, s.Round, s.PayloadHash, ResultSnapshot.HashOf(s.Payload), s.AuditHead), chain));
        }

        return new AuditReport(chain.Count, snapshots, [.. findings]);
    }

    private sealed record StoredSnapshot(int Id, int CampaignId, int Round, string PayloadHash, string ActualHash, string? AuditHead)
    {
        public string Name(Language language) => language == Language.En
            ? string.Create(CultureInfo.InvariantCulture, $"Result snapshot {Id} (campaign {CampaignId}, round {Round})")
            : string.Create(CultureInfo.InvariantCulture, $"Kết quả đã chốt số {Id} (kỳ đánh giá {CampaignId}, vòng {Round})");
    }

    private sealed record SnapshotEvent(AuditEvent Event, string? PayloadHash);

    private sealed class Chain
    {
        public long Count { get; set; }

        public AuditFinding? Broken { get; set; }

        /// <summary>The events that recorded a snapshot, by the snapshot's id (an event naming no id: by its payload hash).</summary>
        public Dictionary<int, List<SnapshotEvent>> BySnapshot { get; } = [];

        public Dictionary<string, List<SnapshotEvent>> ByHash { get; } = new(StringComparer.Ordinal);

        /// <summary>The snapshots' heads found in the chain, with the id of the event that ends there.</summary>
        public Dictionary<string, long> HeadsFound { get; } = new(StringComparer.Ordinal);
    }

    private static async Task<Chain> WalkAsync(ChiSoDbContext db, HashSet<string> heads, CancellationToken cancellationToken)
    {
        var chain = new Chain();
        var expected = AuditLog.Genesis;
        await foreach (var audit in db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable()
            .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chain.Count++;
            if (chain.Broken is null && AuditLog.ProblemOf(audit, expected) is { } problem)
            {
                chain.Broken = new AuditFinding(audit.Id, audit.At, audit.Actor, audit.Action, null, problem);
            }

            expected = audit.Hash;
            if (heads.Contains(audit.Hash))
            {
                chain.HeadsFound.TryAdd(audit.Hash, audit.Id);
            }

            if (audit.Action == SnapshotAudit.Action)
            {
                var (id, hash) = SnapshotAudit.Read(audit);
                var recorded = new SnapshotEvent(audit, hash);
                if (id is { } snapshotId)
                {
                    Add(chain.BySnapshot, snapshotId, recorded);
                }
                else if (hash is not null)
                {
                    Add(chain.ByHash, hash, recorded);
                }
            }
        }

        return chain;
    }

    private static void Add<TKey>(Dictionary<TKey, List<SnapshotEvent>> map, TKey key, SnapshotEvent value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static IEnumerable<AuditFinding> Check(StoredSnapshot snapshot, Chain chain)
    {
        var vi = snapshot.Name(Language.Vi);
        var en = snapshot.Name(Language.En);
        if (snapshot.ActualHash != snapshot.PayloadHash)
        {
            yield return Finding(snapshot, null,
                $"{vi}: nội dung không còn khớp mã băm lưu cùng nó; kết quả đã bị sửa trực tiếp trong cơ sở dữ liệu.",
                $"{en}: its payload no longer matches the hash stored with it; the result was changed directly in the database.");
        }

        var events = chain.BySnapshot.GetValueOrDefault(snapshot.Id) ?? chain.ByHash.GetValueOrDefault(snapshot.PayloadHash) ?? [];
        foreach (var recorded in events.Where(e => e.PayloadHash is not null && e.PayloadHash != snapshot.ActualHash))
        {
            yield return Finding(snapshot, recorded.Event,
                $"{vi}: nội dung không khớp mã băm mà nhật ký đã ghi khi tạo nó (sự kiện {recorded.Event.Id}); kết quả và mã băm đã bị viết lại.",
                $"{en}: its payload does not match the hash the audit log recorded when it was made (event {recorded.Event.Id}); the result and its hash were rewritten.");
        }

        if (snapshot.AuditHead is not { } head)
        {
            yield break;
        }

        if (!chain.HeadsFound.ContainsKey(head))
        {
            yield return Finding(snapshot, null,
                $"{vi}: đầu chuỗi nhật ký ghi trong kết quả ({Short(head)}) không còn trong chuỗi; các sự kiện gần đây đã bị xoá.",
                $"{en}: the audit chain head it recorded ({Short(head)}) is no longer in the chain; recent events were deleted.");
        }
        else if (events.Count == 0)
        {
            yield return Finding(snapshot, null,
                $"{vi}: không còn sự kiện ghi lại việc tạo kết quả này ({SnapshotAudit.Action}); các sự kiện sau đầu chuỗi {Short(head)} đã bị xoá.",
                $"{en}: the event recording its creation ({SnapshotAudit.Action}) is gone; the events after the chain head {Short(head)} were deleted.");
        }
    }

    private static AuditFinding Finding(StoredSnapshot snapshot, AuditEvent? audit, string vi, string en) =>
        new(audit?.Id, audit?.At, audit?.Actor, audit?.Action, snapshot.Id, new Bilingual(vi, en));

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
