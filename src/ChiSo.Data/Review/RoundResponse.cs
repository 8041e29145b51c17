namespace ChiSo.Data.Review;

/// <summary>
/// A unit's signed answer to a round's result (văn bản xác nhận / góp ý): it confirms the result, or files the
/// objections it has written per criterion. Signed by the unit head; one per submission and round, never changed.
/// </summary>
public sealed class RoundResponse
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public int Round { get; set; }

    /// <summary>True: the unit confirms the result; false: it objects (its open objections are filed with this letter).</summary>
    public bool Confirmed { get; set; }

    public required string SignedBy { get; set; }

    public DateTime SignedAt { get; set; }

    /// <summary>What the head added to the letter (optional).</summary>
    public string? Note { get; set; }
}
