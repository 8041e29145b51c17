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
    }
}

internal sealed class CampaignPhaseConfiguration : IEntityTypeConfiguration<CampaignPhase>
{
    public void Configure(EntityTypeBuilder<CampaignPhase> builder) =>
        builder.HasIndex(p => new { p.CampaignId, p.Kind }).IsUnique();
}

internal sealed class CampaignUnitConfiguration : IEntityTypeConfiguration<CampaignUnit>
{
    public void Configure(EntityTypeBuilder<CampaignUnit> builder)
    {
        builder.HasKey(u => new { u.CampaignId, u.UnitId });
        builder.Property(u => u.GroupCode).HasMaxLength(40);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

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
