using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.HasOne(c => c.FrameworkEdition).WithMany().HasForeignKey(c => c.FrameworkEditionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Phases).WithOne().HasForeignKey(p => p.CampaignId);
        builder.HasMany(c => c.Units).WithOne().HasForeignKey(u => u.CampaignId);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
