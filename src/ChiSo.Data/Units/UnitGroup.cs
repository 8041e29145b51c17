using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Units;

/// <summary>A comparison group: units ranked among themselves (e.g. ministries with public services), or assessed but not ranked.</summary>
public sealed class UnitGroup
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public bool Ranked { get; set; } = true;

    public List<UnitGroupMember> Members { get; } = [];
}

public sealed class UnitGroupMember
{
    public int UnitId { get; set; }

    public int GroupId { get; set; }

    public Unit? Unit { get; set; }

    public UnitGroup? Group { get; set; }
}

internal sealed class UnitGroupConfiguration : IEntityTypeConfiguration<UnitGroup>
{
    public void Configure(EntityTypeBuilder<UnitGroup> builder)
    {
        builder.Property(g => g.Code).HasMaxLength(40);
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasIndex(g => g.Code).IsUnique();
    }
}

internal sealed class UnitGroupMemberConfiguration : IEntityTypeConfiguration<UnitGroupMember>
{
    public void Configure(EntityTypeBuilder<UnitGroupMember> builder)
    {
        builder.HasKey(m => new { m.GroupId, m.UnitId });
        builder.HasOne(m => m.Group).WithMany(g => g.Members).HasForeignKey(m => m.GroupId);
        builder.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId);
    }
}
