using ChiSo.Engine;
using System.Globalization;
using ChiSo.Data.Submissions;
using EvidenceRow = ChiSo.Data.Submissions.Evidence;

namespace ChiSo.Web.Features.Evidence;

/// <summary>One piece of evidence as the API and the page show it.</summary>
public sealed record EvidenceView(
    int Id, string Criterion, EvidenceKind Kind, string? FileName, string? ContentType, long? Size, string? Sha256,
    string? DocumentNumber, DateOnly? DocumentDate, string? Summary, string? Signer, string AddedBy, DateTime AddedAt, string? DownloadUrl)
{
    public static EvidenceView Of(EvidenceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            row.Id, row.CriterionCode, row.Kind, row.FileName, row.ContentType, row.Size, row.Sha256, row.DocumentNumber, row.DocumentDate,
            row.Summary, row.Signer, row.AddedBy, row.AddedAt,
            row.Kind == EvidenceKind.File ? string.Create(CultureInfo.InvariantCulture, $"/api/v1/submissions/{row.SubmissionId}/evidence/{row.Id}/file") : null);
    }
}

/// <summary>A document citation as the form or the API sends it; the date as yyyy-MM-dd or dd/MM/yyyy.</summary>
public sealed record CitationRequest(string? Criterion, string? Number, string? Date, string? Summary, string? Signer);

/// <summary>What adding or removing evidence gave: done, or refused with an HTTP status and a reason.</summary>
public abstract record EvidenceOutcome
{
    public sealed record Done(EvidenceView Evidence) : EvidenceOutcome;

    public sealed record Refused(int Status, Bilingual Reason) : EvidenceOutcome
    {
        public Refused(int Status, string vi, string en) : this(Status, new Bilingual(vi, en)) { }

        public string Vi => Reason.Vi;

        public string En => Reason.En;
    }
}
