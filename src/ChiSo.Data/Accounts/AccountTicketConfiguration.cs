using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Accounts;

internal sealed class AccountTicketConfiguration : IEntityTypeConfiguration<AccountTicket>
{
    public void Configure(EntityTypeBuilder<AccountTicket> builder)
    {
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<ChiSoUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
