using ChiSo.Data.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Results;

internal sealed class ResultSnapshotConfiguration : IEntityTypeConfiguration<ResultSnapshot>
{
    public void Configure(EntityTypeBuilder<ResultSnapshot> builder)
    {
        builder.Property(s => s.FrameworkHash).HasMaxLength(64);
        builder.Property(s => s.InputsHash).HasMaxLength(64);
        builder.Property(s => s.EngineVersion).HasMaxLength(64);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.PayloadHash).HasMaxLength(64);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CampaignId, s.Round, s.CreatedAt });
        builder.Property(s => s.AuditHead).HasMaxLength(64);
        builder.Property(s => s.Reason).HasMaxLength(2000);
    }
}
