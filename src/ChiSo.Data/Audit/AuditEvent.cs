namespace ChiSo.Data.Audit;

/// <summary>
/// One audited change: who, when, what, before, after and why. Events form a hash chain (each stores the previous
/// event's hash), so an edited or deleted row shows in <see cref="AuditLog.VerifyAsync"/>. Write them only through
/// <see cref="AuditLog"/>; <see cref="ChiSoDbContext"/> refuses to update or delete them.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    /// <summary>UTC, truncated to whole microseconds so it reads back identically from both databases.</summary>
    public DateTime At { get; set; }

    public required string Actor { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public required string Action { get; set; }

    /// <summary>JSON of the state before; null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the state after; null for a deletion.</summary>
    public string? After { get; set; }

    public string? Reason { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
