using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Campaigns;

internal sealed class DeadlineExtensionConfiguration : IEntityTypeConfiguration<DeadlineExtension>
{
    public void Configure(EntityTypeBuilder<DeadlineExtension> builder)
    {
        builder.Property(e => e.GrantedBy).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId);
        builder.HasOne<Units.Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CampaignId, e.UnitId, e.Phase });
    }
}
