using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
