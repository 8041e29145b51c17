using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Units;

internal sealed class UnitGroupMemberConfiguration : IEntityTypeConfiguration<UnitGroupMember>
{
    public void Configure(EntityTypeBuilder<UnitGroupMember> builder)
    {
        builder.HasKey(m => new { m.GroupId, m.UnitId });
        builder.HasOne(m => m.Group).WithMany(g => g.Members).HasForeignKey(m => m.GroupId);
        builder.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId);
    }
}
