namespace ChiSo.Data.Submissions;

/// <summary>The official lifecycle of one unit's submission (ARCHITECTURE §3).</summary>
public enum SubmissionStatus
{
    Draft,
    Submitted,
    Round1Published,
    Confirmed,
    Objected,
    Round2Published,
    Approved,
    Published,
}

/// <summary>One unit's submission in one campaign. <see cref="Version"/> guards against lost updates.</summary>
public sealed class Submission
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int UnitId { get; set; }

    public SubmissionStatus Status { get; set; }

    /// <summary>Why an organiser last returned the signed submission to the unit (kept after it is signed again).</summary>
    public string? ReturnReason { get; set; }

    /// <summary>When it was last returned (UTC).</summary>
    public DateTime? ReturnedAt { get; set; }

    /// <summary>Who returned it.</summary>
    public string? ReturnedBy { get; set; }

    /// <summary>Optimistic concurrency token, incremented by <see cref="ChiSoDbContext"/> on every update.</summary>
    public int Version { get; set; }
}
