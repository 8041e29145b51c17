using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Units;

internal sealed class UnitGroupConfiguration : IEntityTypeConfiguration<UnitGroup>
{
    public void Configure(EntityTypeBuilder<UnitGroup> builder)
    {
        builder.Property(g => g.Code).HasMaxLength(40);
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.HasIndex(g => g.Code).IsUnique();
    }
}
