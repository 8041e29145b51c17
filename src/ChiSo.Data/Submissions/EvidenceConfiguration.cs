using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Submissions;

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
