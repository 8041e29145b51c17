using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Submitting;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using EvidenceRow = ChiSo.Data.Submissions.Evidence;

namespace ChiSo.Web.Features.Evidence;

/// <summary>
/// Adds and removes a submission's evidence: files go to the content-addressed store, citations are checked against
/// the assessment period, and every change is written together with its audit event. Callers check who may do it.
/// </summary>
public sealed class EvidenceKeeping(ChiSoDbContext db, EvidenceStore store, EvidenceOptions options, SubmissionWindow window, TimeProvider clock)
{
    public async Task<IReadOnlyList<EvidenceView>> ListAsync(int submissionId, CancellationToken cancellationToken = default) =>
        [.. (await db.Evidence.AsNoTracking().Where(e => e.SubmissionId == submissionId).OrderBy(e => e.Id).ToListAsync(cancellationToken)).Select(EvidenceView.Of)];

    public Task<EvidenceOutcome> AddFileAsync(
        Submission submission, string criterion, string? fileName, long length, Stream content, string userName, CancellationToken cancellationToken = default) =>
        AddFileAsync(submission, criterion, null, fileName, length, content, userName, cancellationToken);

    /// <summary>Stores one file as evidence of a criterion; <paramref name="objectionId"/> names the objection it is new evidence for, if any.</summary>
    public async Task<EvidenceOutcome> AddFileAsync(
        Submission submission, string criterion, int? objectionId, string? fileName, long length, Stream content, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (length > options.MaxBytes)
        {
            return new EvidenceOutcome.Refused(StatusCodes.Status413PayloadTooLarge,
                $"Tệp nặng {Megabytes(length)} MB, vượt giới hạn {Megabytes(options.MaxBytes)} MB. Hãy nén hoặc tách tệp.",
                $"The file is {Megabytes(length)} MB, over the {Megabytes(options.MaxBytes)} MB limit. Compress or split it.");
        }

        if (await QuotaRefusalAsync(submission, length, cancellationToken) is { } full)
        {
            return full;
        }

        if (EvidenceNames.Refusal(fileName) is { } badName)
        {
            return new EvidenceOutcome.Refused(StatusCodes.Status415UnsupportedMediaType, badName.Vi, badName.En);
        }

        var stored = await store.WriteAsync(content, cancellationToken);
        if (!stored.Type.Accepted)
        {
            return new EvidenceOutcome.Refused(StatusCodes.Status415UnsupportedMediaType, stored.Type.ProblemVi!, stored.Type.ProblemEn!);
        }

        var row = new EvidenceRow
        {
            SubmissionId = submission.Id, CriterionCode = criterion, Kind = EvidenceKind.File, Sha256 = stored.Sha256,
            FileName = EvidenceNames.ForType(fileName, stored.Type.ContentType), ContentType = stored.Type.ContentType, Size = stored.Size, AddedBy = userName,
            AddedAt = clock.GetUtcNow().UtcDateTime, ObjectionId = objectionId,
        };
        return await AddAsync(row, submission, cancellationToken);
    }

    public async Task<EvidenceOutcome> AddCitationAsync(Submission submission, CitationRequest request, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(request);
        var (date, problems) = CitationCheck.Check(request, await window.StateAsync(submission.CampaignId, submission.UnitId, cancellationToken));
        if (problems.Count > 0)
        {
            return new EvidenceOutcome.Refused(StatusCodes.Status400BadRequest,
                string.Join(" ", problems.Select(p => p.Vi)), string.Join(" ", problems.Select(p => p.En)));
        }

        var row = new EvidenceRow
        {
            SubmissionId = submission.Id, CriterionCode = request.Criterion!, Kind = EvidenceKind.Citation, DocumentNumber = request.Number!.Trim(),
            DocumentDate = date, Summary = request.Summary!.Trim(), Signer = request.Signer!.Trim(), AddedBy = userName,
            AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        return await AddAsync(row, submission, cancellationToken);
    }

    public async Task<EvidenceOutcome> RemoveAsync(Submission submission, int evidenceId, string userName, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (TextLimits.TooLong(reason, TextLimits.Reason, "Lý do", "The reason") is { } tooLong)
        {
            return new EvidenceOutcome.Refused(StatusCodes.Status400BadRequest, tooLong.Vi, tooLong.En);
        }

        var row = await db.Evidence.SingleOrDefaultAsync(e => e.Id == evidenceId && e.SubmissionId == submission.Id, cancellationToken);
        if (row is null)
        {
            return new EvidenceOutcome.Refused(StatusCodes.Status404NotFound, "Không tìm thấy minh chứng.", "Evidence not found.");
        }

        // The stored file stays for now: other rows may share its bytes. EvidenceSweep removes it once no row refers
        // to it; the audit trail keeps its hash.
        var view = EvidenceView.Of(row);
        db.Evidence.Remove(row);
        await new AuditLog(db, clock).AppendAsync(new AuditEntry(userName, "Evidence", Id(row), "evidence.removed", Json(view), null, reason), cancellationToken);
        return new EvidenceOutcome.Done(view);
    }

    // Any constant will do: with the unit's id it names the lock that makes one unit's additions count in turn.
    private const int PostgresUnitLock = 0x45766951;

    /// <summary>
    /// Saves the row with its audit event in one transaction, after counting what the criterion and, for a file, the
    /// quota already hold, inside that transaction and under a lock on the unit: additions sent at the same moment
    /// cannot pass a bound together, each having counted the others as not there yet. (A file's quota is also checked
    /// before its bytes are stored, which saves the disk from a file already too big.)
    /// </summary>
    private async Task<EvidenceOutcome> AddAsync(EvidenceRow row, Submission submission, CancellationToken cancellationToken)
    {
        // The row's id names the audit event, so the row is saved first, in the same transaction as its event. On
        // SQLite the transaction takes the single write lock at once (BEGIN IMMEDIATE), so the counts below are in turn too.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresUnitLock}, {submission.UnitId})", cancellationToken);
        }

        var held = await db.Evidence.CountAsync(e => e.SubmissionId == row.SubmissionId && e.CriterionCode == row.CriterionCode, cancellationToken);
        if (held >= options.MaxItemsPerCriterion)
        {
            return new EvidenceOutcome.Refused(StatusCodes.Status409Conflict,
                $"Tiêu chí {row.CriterionCode} đã có {held} minh chứng, mức tối đa của một tiêu chí. Hãy xoá minh chứng không cần trước khi thêm.",
                $"Criterion {row.CriterionCode} already has {held} pieces of evidence, the most one criterion may have. Remove what is not needed before adding more.");
        }

        if (row.Kind == EvidenceKind.File && await QuotaRefusalAsync(submission, row.Size ?? 0, cancellationToken) is { } full)
        {
            return full;
        }

        db.Evidence.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        var view = EvidenceView.Of(row);
        await new AuditLog(db, clock).AppendAsync(new AuditEntry(row.AddedBy, "Evidence", Id(row), "evidence.added", null, Json(view)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EvidenceOutcome.Done(view);
    }

    /// <summary>The user's name kept as a label only: no folders, no control characters, at most 200 characters.</summary>
    public static string SafeName(string? name)
    {
        var last = (name ?? "").Split('/', '\\').Last();
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 ? "minh-chung" : clean.Length > 200 ? clean[^200..] : clean;
    }

    /// <summary>Refuses a file that would take the submission's or the unit's files past their quota.</summary>
    private async Task<EvidenceOutcome.Refused?> QuotaRefusalAsync(Submission submission, long length, CancellationToken cancellationToken)
    {
        var ofSubmission = await db.Evidence.Where(e => e.SubmissionId == submission.Id).SumAsync(e => e.Size ?? 0, cancellationToken);
        if (ofSubmission + length > options.MaxBytesPerSubmission)
        {
            return new EvidenceOutcome.Refused(StatusCodes.Status413PayloadTooLarge,
                $"Hồ sơ đã có {Megabytes(ofSubmission)} MB minh chứng; thêm tệp này sẽ vượt giới hạn {Megabytes(options.MaxBytesPerSubmission)} MB của một hồ sơ. Hãy gỡ tệp không cần hoặc nén tệp.",
                $"The submission already holds {Megabytes(ofSubmission)} MB of evidence; this file would take it past the {Megabytes(options.MaxBytesPerSubmission)} MB limit. Remove files not needed or compress this one.");
        }

        var ofUnit = await db.Evidence
            .Where(e => db.Submissions.Any(s => s.Id == e.SubmissionId && s.UnitId == submission.UnitId))
            .SumAsync(e => e.Size ?? 0, cancellationToken);
        return ofUnit + length <= options.MaxBytesPerUnit ? null : new EvidenceOutcome.Refused(StatusCodes.Status413PayloadTooLarge,
            $"Đơn vị đã có {Megabytes(ofUnit)} MB minh chứng trong mọi kỳ đánh giá; thêm tệp này sẽ vượt giới hạn {Megabytes(options.MaxBytesPerUnit)} MB của một đơn vị. Hãy liên hệ quản trị viên.",
            $"The unit already holds {Megabytes(ofUnit)} MB of evidence across all campaigns; this file would take it past the {Megabytes(options.MaxBytesPerUnit)} MB limit. Contact the administrator.");
    }

    private static string Megabytes(long bytes) => Shared.L.Number(bytes / 1024.0 / 1024.0, 1);

    private static string Id(EvidenceRow row) => row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Json(EvidenceView view) => JsonSerializer.Serialize(view);
}
