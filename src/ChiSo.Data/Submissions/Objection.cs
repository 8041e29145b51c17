namespace ChiSo.Data.Submissions;

public enum ObjectionStatus
{
    Open,
    Answered,
    Withdrawn,
}

/// <summary>A unit's objection (ý kiến, giải trình) to a round's result for one criterion, and the reviewers' answer.</summary>
public sealed class Objection
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public required string CriterionCode { get; set; }

    public int Round { get; set; }

    public required string Text { get; set; }

    public string? Answer { get; set; }

    public ObjectionStatus Status { get; set; }

    public required string By { get; set; }

    public DateTime At { get; set; }
}
