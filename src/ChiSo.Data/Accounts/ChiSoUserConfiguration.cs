using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Accounts;

internal sealed class ChiSoUserConfiguration : IEntityTypeConfiguration<ChiSoUser>
{
    public void Configure(EntityTypeBuilder<ChiSoUser> builder) =>
        builder.Property(u => u.DisplayName).HasMaxLength(200);
}
