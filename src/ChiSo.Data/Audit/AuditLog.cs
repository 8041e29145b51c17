using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Audit;

/// <summary>What to record; <see cref="AuditLog"/> adds the time and the chain hashes.</summary>
public sealed record AuditEntry(
    string Actor, string EntityType, string EntityId, string Action, string? Before, string? After, string? Reason = null);

/// <summary>The result of walking the chain: intact, or the first event whose link or content does not match.</summary>
public sealed record AuditVerification(long Checked, long? FirstBrokenId, string? ProblemVi, string? ProblemEn)
{
    public bool IsIntact => FirstBrokenId is null;
}

/// <summary>Appends audit events to the hash chain and verifies it.</summary>
public sealed class AuditLog(ChiSoDbContext db, TimeProvider clock)
{
    /// <summary>The previous hash of the first event.</summary>
    public static readonly string Genesis = new('0', 64);

    // Any constant will do: it names the lock that serialises appenders on PostgreSQL.
    private const long PostgresLockKey = 0x43686953_6F417564;

    /// <summary>
    /// Saves the context's pending changes together with a new event, in one transaction (the caller's, when one is
    /// open). The last hash is read inside that transaction under a write lock, so concurrent appenders cannot fork the chain.
    /// </summary>
    public async Task<AuditEvent> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var own = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken).ConfigureAwait(false);
            }

            var previous = await db.AuditEvents.OrderByDescending(e => e.Id).Select(e => e.Hash)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? Genesis;
            var now = clock.GetUtcNow().UtcDateTime;
            var audit = new AuditEvent
            {
                // Whole microseconds: PostgreSQL keeps no more, and the hash must survive the round trip.
                At = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc),
                Actor = entry.Actor,
                EntityType = entry.EntityType,
                EntityId = entry.EntityId,
                Action = entry.Action,
                Before = entry.Before,
                After = entry.After,
                Reason = entry.Reason,
                PreviousHash = previous,
                Hash = "",
            };
            audit.Hash = HashOf(audit);
            db.AuditEvents.Add(audit);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return audit;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Walks the chain in order and reports the first event whose previous hash or own hash does not match.</summary>
    public static async Task<AuditVerification> VerifyAsync(ChiSoDbContext db, CancellationToken cancellationToken = default)
    {
        var expected = Genesis;
        long count = 0;
        await foreach (var audit in db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable()
            .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            if (ProblemOf(audit, expected) is { } problem)
            {
                return Broken(count, audit.Id, problem.Vi, problem.En);
            }

            expected = audit.Hash;
        }

        return new AuditVerification(count, null, null, null);
    }

    /// <summary>
    /// What is wrong with <paramref name="audit"/> when the event before it ended the chain with
    /// <paramref name="expectedPrevious"/>: a broken link (an event deleted or inserted) or a content changed after
    /// writing; null when it is sound. The one rule <see cref="VerifyAsync"/> and <see cref="AuditCheck"/> apply.
    /// </summary>
    public static Engine.Bilingual? ProblemOf(AuditEvent audit, string expectedPrevious)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (audit.PreviousHash != expectedPrevious)
        {
            return new(
                $"Sự kiện {audit.Id} không nối với sự kiện trước nó: một sự kiện đã bị xoá hoặc chèn thêm.",
                $"Event {audit.Id} does not link to the event before it: an event was deleted or inserted.");
        }

        return HashOf(audit) != audit.Hash
            ? new(
                $"Nội dung sự kiện {audit.Id} đã bị sửa sau khi ghi.",
                $"The content of event {audit.Id} was changed after it was written.")
            : null;
    }

    /// <summary>SHA-256 over the previous hash and every recorded field, each length-prefixed so fields cannot run together.</summary>
    public static string HashOf(AuditEvent audit)
    {
        var text = new StringBuilder();
        foreach (var field in new[]
        {
            audit.PreviousHash, audit.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            audit.Actor, audit.EntityType, audit.EntityId, audit.Action, audit.Before, audit.After, audit.Reason,
        })
        {
            text.Append(field is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{field.Length}:{field}")).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static AuditVerification Broken(long count, long id, string vi, string en) => new(count, id, vi, en);
}
