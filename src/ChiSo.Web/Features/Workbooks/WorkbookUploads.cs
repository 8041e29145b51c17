using System.Collections.Immutable;
using System.Security.Cryptography;
using ChiSo.Engine.Scoring;
using ChiSo.Files.Collection;

namespace ChiSo.Web.Features.Workbooks;

/// <summary>
/// An uploaded workbook, read once: the cell values it holds and the problems found reading it, never its bytes.
/// <see cref="Token"/> is the SHA-256 of the bytes, so the same file uploaded twice is the same upload.
/// </summary>
public sealed record WorkbookUpload(string FileName, string Token, ImmutableArray<WorkbookCellValue> Values, ImmutableArray<WorkbookError> Errors)
{
    /// <summary>Problems kept from one file: a sheet of thousands of unknown rows says what is wrong in its first ones.</summary>
    public const int MaxErrors = 200;

    public static WorkbookUpload Read(string fileName, byte[] bytes, ScoringPlan plan)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var reading = UnitWorkbookReader.Read(stream, fileName, plan);
        var errors = reading.Problems.Take(MaxErrors)
            .Select(p => new WorkbookError(p.Sheet, p.Address, p.Problem.MessageVi, p.Problem.MessageEn)).ToList();
        if (reading.Problems.Length > MaxErrors)
        {
            var more = reading.Problems.Length - MaxErrors;
            errors.Add(new WorkbookError("", "", $"… và {more} lỗi khác trong tệp.", $"… and {more} more errors in the file."));
        }

        return new WorkbookUpload(fileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), reading.Values, [.. errors]);
    }

    /// <summary>About how many bytes of memory the upload holds: what the store's bounds count.</summary>
    public long Size =>
        256 + (2L * FileName.Length)
        + Values.Sum(v => 96 + (2L * (v.Criterion.Length + v.Input.Length + v.Text.Length + v.Sheet.Length + v.Address.Length)))
        + Errors.Sum(e => 96 + (2L * (e.Sheet.Length + e.Address.Length + e.Vi.Length + e.En.Length)));
}

/// <summary>
/// Holds uploaded workbooks between the preview and the apply, bound to the user and the submission, so one user's
/// token opens nothing for another. An upload is a draft and uploading again is cheap, so the store is small on
/// purpose: each user keeps their last <see cref="PerUser"/> uploads for at most an hour, and all users together at
/// most <see cref="MaxTotalSize"/> bytes, the oldest upload going first.
/// </summary>
public sealed class WorkbookUploads(TimeProvider clock)
{
    public const int PerUser = 3;
    public const long MaxTotalSize = 64L * 1024 * 1024;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly List<Kept> _kept = [];
    private long _total;

    internal long MaxTotal { get; init; } = MaxTotalSize;

    public string Keep(string userName, int submissionId, WorkbookUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            RemoveWhere(k => k.Expires <= now || (k.UserName == userName && k.SubmissionId == submissionId && k.Upload.Token == upload.Token));
            var added = new Kept(userName, submissionId, upload, upload.Size, now + Lifetime);
            _kept.Add(added);
            _total += added.Size;
            while (_kept.Count(k => k.UserName == userName) > PerUser)
            {
                Remove(_kept.First(k => k.UserName == userName));
            }

            while (_total > MaxTotal && _kept.Count > 1)
            {
                Remove(_kept.First(k => !ReferenceEquals(k, added)));
            }
        }

        return upload.Token;
    }

    public WorkbookUpload? Find(string userName, int submissionId, string token)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            return _kept.FirstOrDefault(k => k.UserName == userName && k.SubmissionId == submissionId && k.Upload.Token == token && k.Expires > now)?.Upload;
        }
    }

    public void Forget(string userName, int submissionId, string token)
    {
        lock (_gate)
        {
            RemoveWhere(k => k.UserName == userName && k.SubmissionId == submissionId && k.Upload.Token == token);
        }
    }

    /// <summary>The bytes all kept uploads hold, as <see cref="WorkbookUpload.Size"/> counts them.</summary>
    internal long TotalSize
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    private void RemoveWhere(Func<Kept, bool> match)
    {
        foreach (var kept in _kept.Where(match).ToList())
        {
            Remove(kept);
        }
    }

    private void Remove(Kept kept)
    {
        _kept.Remove(kept);
        _total -= kept.Size;
    }

    private sealed record Kept(string UserName, int SubmissionId, WorkbookUpload Upload, long Size, DateTimeOffset Expires);
}
