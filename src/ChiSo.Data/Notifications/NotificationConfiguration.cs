using ChiSo.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(4000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.HasOne<ChiSoUser>().WithMany().HasForeignKey(n => n.UserId);
        builder.HasOne<Campaigns.Campaign>().WithMany().HasForeignKey(n => n.CampaignId);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}
