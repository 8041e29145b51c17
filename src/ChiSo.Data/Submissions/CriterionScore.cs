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

    public string? ReviewerReason { get; set; }

    public int Version { get; set; }
}
