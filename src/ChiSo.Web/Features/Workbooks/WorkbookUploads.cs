using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace ChiSo.Web.Features.Workbooks;

/// <summary>An uploaded workbook waiting for the user to apply its preview.</summary>
public sealed record WorkbookUpload(string FileName, byte[] Bytes);

/// <summary>
/// Holds uploaded workbooks between the preview and the apply, keyed by the SHA-256 of their bytes and bound to the
/// user and the submission, so one user's token opens nothing for another. Kept in memory for an hour: an upload
/// is a draft, and uploading again is cheap.
/// </summary>
public sealed class WorkbookUploads(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public string Keep(string userName, int submissionId, WorkbookUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var token = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes));
        cache.Set(Key(userName, submissionId, token), upload, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = upload.Bytes.Length });
        return token;
    }

    public WorkbookUpload? Find(string userName, int submissionId, string token) =>
        cache.TryGetValue(Key(userName, submissionId, token), out WorkbookUpload? upload) ? upload : null;

    public void Forget(string userName, int submissionId, string token) => cache.Remove(Key(userName, submissionId, token));

    private static string Key(string userName, int submissionId, string token) => $"workbook:{userName}:{submissionId.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{token}";
}
