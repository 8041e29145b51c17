using System.Security.Cryptography;

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

    /// <summary>The node × unit matrix of points, values and ranks, gzip-compressed; the writer owns and documents the layout.</summary>
    public required byte[] Payload { get; set; }

    /// <summary>SHA-256 (lower-case hex) of <see cref="Payload"/>.</summary>
    public required string PayloadHash { get; set; }

    /// <summary>
    /// The audit chain's last hash when the snapshot was written (published snapshots): deleting recent audit events
    /// afterwards is detectable, since this head must still be found in the chain.
    /// </summary>
    public string? AuditHead { get; set; }

    /// <summary>The published snapshot this one replaces after a reopening; the old one stays readable.</summary>
    public int? SupersedesId { get; set; }

    /// <summary>Why it was written when that needs saying (the reopening's reason).</summary>
    public string? Reason { get; set; }

    public static string HashOf(byte[] payload) => Convert.ToHexStringLower(SHA256.HashData(payload));
}
