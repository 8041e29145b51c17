using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Submissions;

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> builder)
    {
        builder.Property(s => s.CriterionCode).HasMaxLength(40);
        builder.HasOne<Submission>().WithMany().HasForeignKey(s => s.SubmissionId);
        builder.HasIndex(s => new { s.SubmissionId, s.CriterionCode }).IsUnique();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.ReviewedBy).HasMaxLength(256);
        builder.Property(s => s.FinalBy).HasMaxLength(256);
    }
}
