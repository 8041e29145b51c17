using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Submissions;

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
