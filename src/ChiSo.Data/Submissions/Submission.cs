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

    /// <summary>Optimistic concurrency token, incremented by <see cref="ChiSoDbContext"/> on every update.</summary>
    public int Version { get; set; }
}

/// <summary>Rounds of values: 0 is the unit's self-assessment, 1 and 2 the reviewed rounds.</summary>
public static class Rounds
{
    public const int Self = 0;
    public const int First = 1;
    public const int Second = 2;
}

/// <summary>One input of one criterion in one round, with who entered it and what it was before.</summary>
public sealed class InputValue
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public int Round { get; set; }

    public required string CriterionCode { get; set; }

    public required string InputId { get; set; }

    public double? Number { get; set; }

    public string? Text { get; set; }

    public required string EnteredBy { get; set; }

    public DateTime EnteredAt { get; set; }

    public double? PreviousNumber { get; set; }

    public string? PreviousText { get; set; }

    public int Version { get; set; }
}

/// <summary>Self-assessed, reviewed and final points of one criterion, kept side by side.</summary>
public sealed class CriterionScore
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public required string CriterionCode { get; set; }

    public double? SelfPoints { get; set; }

    public double? ReviewerPoints { get; set; }

    public double? FinalPoints { get; set; }

    public string? ReviewerReason { get; set; }

    public int Version { get; set; }
}
