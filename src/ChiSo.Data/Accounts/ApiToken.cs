using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Accounts;

/// <summary>
/// A personal access token for integrations. Only the SHA-256 hash of the token text is stored: the text is shown
/// once when it is made, and a copy of the database cannot be used to call the API.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token text.</summary>
    public required string Hash { get; set; }

    public DateTime Created { get; set; }

    public DateTime Expires { get; set; }

    public DateTime? LastUsed { get; set; }

    public DateTime? Revoked { get; set; }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<ChiSoUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
