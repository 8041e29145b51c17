using System.Security.Cryptography;
using ChiSo.Data.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChiSo.Data.Results;

/// <summary>
/// The computed results of one campaign round, frozen: everything needed to show and to reproduce a ranking bit for bit.
/// Immutable once saved: <see cref="ChiSoDbContext"/> refuses to update or delete it. To publish, write a new snapshot.
/// </summary>
public sealed class ResultSnapshot
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int Round { get; set; }

    /// <summary>The framework edition's content hash the engine ran on.</summary>
    public required string FrameworkHash { get; set; }

    /// <summary>SHA-256 of the canonical input values the engine ran on.</summary>
    public required string InputsHash { get; set; }

    public required string EngineVersion { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public bool Published { get; set; }

    /// <summary>The node × unit matrix of points, values and ranks in the layout documented in docs/result-snapshot-payload.md.</summary>
    public required byte[] Payload { get; set; }

    /// <summary>SHA-256 (lower-case hex) of <see cref="Payload"/>.</summary>
    public required string PayloadHash { get; set; }

    public static string HashOf(byte[] payload) => Convert.ToHexStringLower(SHA256.HashData(payload));
}

internal sealed class ResultSnapshotConfiguration : IEntityTypeConfiguration<ResultSnapshot>
{
    public void Configure(EntityTypeBuilder<ResultSnapshot> builder)
    {
        builder.Property(s => s.FrameworkHash).HasMaxLength(64);
        builder.Property(s => s.InputsHash).HasMaxLength(64);
        builder.Property(s => s.EngineVersion).HasMaxLength(64);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.PayloadHash).HasMaxLength(64);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CampaignId, s.Round, s.CreatedAt });
    }
}
