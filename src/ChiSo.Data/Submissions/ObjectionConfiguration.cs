using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Submissions;

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.Property(o => o.CriterionCode).HasMaxLength(40);
        builder.Property(o => o.By).HasMaxLength(256);
        builder.HasOne<Submission>().WithMany().HasForeignKey(o => o.SubmissionId);
        builder.HasIndex(o => new { o.SubmissionId, o.CriterionCode });
        builder.Property(o => o.AnsweredBy).HasMaxLength(256);
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}
