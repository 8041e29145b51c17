using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Units;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(16);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Type).HasMaxLength(40);
        builder.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
        builder.HasIndex(u => new { u.Level, u.ValidFrom });
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
