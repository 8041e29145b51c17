namespace ChiSo.Data.Submissions;

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
