using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Review;

internal sealed class RoundResponseConfiguration : IEntityTypeConfiguration<RoundResponse>
{
    public void Configure(EntityTypeBuilder<RoundResponse> builder)
    {
        builder.Property(r => r.SignedBy).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.HasOne<Submission>().WithMany().HasForeignKey(r => r.SubmissionId);
        builder.HasIndex(r => new { r.SubmissionId, r.Round }).IsUnique();
    }
}
