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

    /// <summary>The reviewers' answer: the reason for accepting (with <see cref="NewPoints"/>) or rejecting.</summary>
    public string? Answer { get; set; }

    /// <summary>True when the reviewers accepted the objection, false when they rejected it; null until answered.</summary>
    public bool? Accepted { get; set; }

    /// <summary>The criterion's final points when the objection was accepted.</summary>
    public double? NewPoints { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public ObjectionStatus Status { get; set; }

    public required string By { get; set; }

    public DateTime At { get; set; }

    /// <summary>Optimistic concurrency token: two reviewers answering the same objection cannot both succeed.</summary>
    public int Version { get; set; }
}
