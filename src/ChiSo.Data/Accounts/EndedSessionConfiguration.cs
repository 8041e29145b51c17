using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Accounts;

internal sealed class EndedSessionConfiguration : IEntityTypeConfiguration<EndedSession>
{
    public void Configure(EntityTypeBuilder<EndedSession> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.HasIndex(s => s.Expires);
    }
}
