namespace ChiSo.Data.Submissions;

/// <summary>Self-assessed, reviewed and final points of one criterion, kept side by side.</summary>
public sealed class CriterionScore
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public required string CriterionCode { get; set; }

    public double? SelfPoints { get; set; }

    public double? ReviewerPoints { get; set; }

    public double? FinalPoints { get; set; }

    /// <summary>Why the reviewed points differ from the points the rule gives (mandatory when they do).</summary>
    public string? ReviewerReason { get; set; }

    /// <summary>Who set the reviewed points, and when (UTC); null until reviewed.</summary>
    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>Why the final (round-2) points differ from the reviewed ones: the answer to an objection.</summary>
    public string? FinalReason { get; set; }

    public string? FinalBy { get; set; }

    public DateTime? FinalAt { get; set; }

    public int Version { get; set; }
}
