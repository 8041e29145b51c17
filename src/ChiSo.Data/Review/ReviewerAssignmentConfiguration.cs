using ChiSo.Data.Accounts;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Review;

internal sealed class ReviewerAssignmentConfiguration : IEntityTypeConfiguration<ReviewerAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewerAssignment> builder)
    {
        builder.Property(a => a.NodeCode).HasMaxLength(40);
        builder.Property(a => a.AssignedBy).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId);
        builder.HasOne<ChiSoUser>().WithMany().HasForeignKey(a => a.UserId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CampaignId, a.UserId });
    }
}
