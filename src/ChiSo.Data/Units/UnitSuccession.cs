using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Units;

/// <summary>One lineage link: from <see cref="EffectiveDate"/> (part of) the predecessor belongs to the successor.</summary>
public sealed class UnitSuccession
{
    public int Id { get; set; }

    public int PredecessorId { get; set; }

    public int SuccessorId { get; set; }

    public Unit? Predecessor { get; set; }

    public Unit? Successor { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public SuccessionKind Kind { get; set; }

    /// <summary>True when the whole predecessor went into the successor; false for a part of it.</summary>
    public bool Full { get; set; }
}

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> builder)
    {
        builder.HasOne(s => s.Predecessor).WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Successor).WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PredecessorId, s.SuccessorId, s.EffectiveDate }).IsUnique();
    }
}
