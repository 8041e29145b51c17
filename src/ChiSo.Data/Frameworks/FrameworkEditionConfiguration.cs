using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Frameworks;

internal sealed class FrameworkEditionConfiguration : IEntityTypeConfiguration<FrameworkEdition>
{
    public void Configure(EntityTypeBuilder<FrameworkEdition> builder)
    {
        builder.Property(f => f.FrameworkId).HasMaxLength(100);
        builder.Property(f => f.Title).HasMaxLength(500);
        builder.Property(f => f.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(f => new { f.FrameworkId, f.Edition }).IsUnique();
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
        builder.HasOne<FrameworkEdition>().WithMany().HasForeignKey(f => f.BasedOnId).OnDelete(DeleteBehavior.Restrict);
    }
}
