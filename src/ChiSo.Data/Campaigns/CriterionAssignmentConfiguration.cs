using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Campaigns;

internal sealed class CriterionAssignmentConfiguration : IEntityTypeConfiguration<CriterionAssignment>
{
    public void Configure(EntityTypeBuilder<CriterionAssignment> builder)
    {
        builder.Property(a => a.CriterionCode).HasMaxLength(40);
        builder.Property(a => a.LeadAgency).HasMaxLength(300);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId);
        builder.HasIndex(a => new { a.CampaignId, a.CriterionCode }).IsUnique();
    }
}
