using ChiSo.Engine;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Workbooks;

/// <summary>What applying a previewed workbook gave; the page and the API each answer it in their own way.</summary>
public abstract record ApplyOutcome
{
    public sealed record Applied(int Saved) : ApplyOutcome;

    /// <summary>The upload is gone (applied already, expired, or someone else's).</summary>
    public sealed record Expired : ApplyOutcome;

    /// <summary>The file has cells with errors, or changes nothing: there is nothing to apply.</summary>
    public sealed record NothingToApply(Bilingual Reason) : ApplyOutcome
    {
        public NothingToApply(string vi, string en) : this(new Bilingual(vi, en)) { }

        public string Vi => Reason.Vi;

        public string En => Reason.En;
    }

    /// <summary>Values changed since the preview was shown: nothing was saved.</summary>
    public sealed record Stale(string Detail) : ApplyOutcome;
}

/// <summary>
/// Applies the upload <c>token</c> of the user to the unit's entry (which the caller has checked
/// the user may change) when it still previews as <c>fingerprint</c>: every change in one transaction, or none.
/// </summary>
public sealed class WorkbookApplying(WorkbookUploads uploads, WorkbookImport import)
{
    public async Task<ApplyOutcome> ApplyAsync(Entry entry, string user, string token, string? fingerprint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (uploads.Find(user, entry.Submission.Id, token) is not { } upload)
        {
            return new ApplyOutcome.Expired();
        }

        var preview = WorkbookImport.Preview(entry, upload);
        if (!preview.CanApply)
        {
            return preview.Errors.Count > 0
                ? new ApplyOutcome.NothingToApply("Tệp còn ô lỗi: hãy sửa rồi tải lên lại; chưa có giá trị nào được lưu.", "The file has cells with errors: fix them and upload again; nothing was saved.")
                : new ApplyOutcome.NothingToApply("Tệp không thay đổi giá trị nào.", "The file changes no value.");
        }

        if (preview.Fingerprint() != fingerprint)
        {
            return new ApplyOutcome.Stale(L.T("Giá trị đã thay đổi kể từ khi xem trước: chưa lưu gì. Hãy xem trước lại.", "Values changed since the preview: nothing was saved. Preview again."));
        }

        var applied = await import.ApplyAsync(entry, preview, upload.FileName, user, cancellationToken);
        if (applied.Refusal is { } refusal)
        {
            return new ApplyOutcome.Stale(refusal);
        }

        uploads.Forget(user, entry.Submission.Id, token);
        return new ApplyOutcome.Applied(applied.Saved);
    }
}
