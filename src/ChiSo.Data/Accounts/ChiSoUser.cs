using ChiSo.Data.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Accounts;

public sealed class ChiSoUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public List<Membership> Memberships { get; } = [];
}

public enum Role
{
    Administrator,
    Organiser,
    UnitReporter,
    UnitHead,
    Reviewer,
    Leader,
}

/// <summary>A role a user holds for one unit; <see cref="UnitId"/> null means system-wide (e.g. an administrator).</summary>
public sealed class Membership
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public int? UnitId { get; set; }

    public Role Role { get; set; }
}

internal sealed class ChiSoUserConfiguration : IEntityTypeConfiguration<ChiSoUser>
{
    public void Configure(EntityTypeBuilder<ChiSoUser> builder) =>
        builder.Property(u => u.DisplayName).HasMaxLength(200);
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasOne<ChiSoUser>().WithMany(u => u.Memberships).HasForeignKey(m => m.UserId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.UserId, m.UnitId, m.Role }).IsUnique();
    }
}
