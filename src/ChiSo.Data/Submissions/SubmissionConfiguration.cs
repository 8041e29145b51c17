using ChiSo.Data.Campaigns;
using ChiSo.Data.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Submissions;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CampaignId, s.UnitId }).IsUnique();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class InputValueConfiguration : IEntityTypeConfiguration<InputValue>
{
    public void Configure(EntityTypeBuilder<InputValue> builder)
    {
        builder.Property(v => v.CriterionCode).HasMaxLength(40);
        builder.Property(v => v.InputId).HasMaxLength(100);
        builder.Property(v => v.EnteredBy).HasMaxLength(256);
        builder.HasOne<Submission>().WithMany().HasForeignKey(v => v.SubmissionId);
        builder.HasIndex(v => new { v.SubmissionId, v.Round, v.CriterionCode, v.InputId }).IsUnique();
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> builder)
    {
        builder.Property(s => s.CriterionCode).HasMaxLength(40);
        builder.HasOne<Submission>().WithMany().HasForeignKey(s => s.SubmissionId);
        builder.HasIndex(s => new { s.SubmissionId, s.CriterionCode }).IsUnique();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.Property(e => e.CriterionCode).HasMaxLength(40);
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.FileName).HasMaxLength(260);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.DocumentNumber).HasMaxLength(100);
        builder.Property(e => e.AddedBy).HasMaxLength(256);
        builder.HasOne<Submission>().WithMany().HasForeignKey(e => e.SubmissionId);
        builder.HasIndex(e => new { e.SubmissionId, e.CriterionCode });
        builder.HasIndex(e => e.Sha256);
    }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.Property(o => o.CriterionCode).HasMaxLength(40);
        builder.Property(o => o.By).HasMaxLength(256);
        builder.HasOne<Submission>().WithMany().HasForeignKey(o => o.SubmissionId);
        builder.HasIndex(o => new { o.SubmissionId, o.CriterionCode });
    }
}
