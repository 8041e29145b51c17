namespace ChiSo.Data.Submissions;

public enum EvidenceKind
{
    /// <summary>A file in the content-addressed store, named by its SHA-256.</summary>
    File,

    /// <summary>A citation of an official document (số hiệu, ngày, trích yếu, người ký).</summary>
    Citation,
}

public sealed class Evidence
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public required string CriterionCode { get; set; }

    public EvidenceKind Kind { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes; null for a citation without a file.</summary>
    public string? Sha256 { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public long? Size { get; set; }

    /// <summary>Số hiệu văn bản, e.g. 922/QĐ-BTTTT.</summary>
    public string? DocumentNumber { get; set; }

    public DateOnly? DocumentDate { get; set; }

    /// <summary>Trích yếu.</summary>
    public string? Summary { get; set; }

    /// <summary>Người ký.</summary>
    public string? Signer { get; set; }

    public required string AddedBy { get; set; }

    public DateTime AddedAt { get; set; }

    /// <summary>The objection this evidence was filed with (new evidence after the round-1 result); null for the self-assessment's.</summary>
    public int? ObjectionId { get; set; }
}
