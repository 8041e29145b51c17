using ChiSo.Engine.Scoring;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Workbooks;

/// <summary>Why an uploaded file is refused before it is read: the reason codes travel in the page's address.</summary>
public static class UploadCheck
{
    public const string Missing = "missing";
    public const string TooLarge = "too-large";
    public const string NotXlsx = "not-xlsx";
    public const string Expired = "expired";

    public static string? Refusal(IFormFile? file) =>
        file is null || file.Length == 0 ? Missing : file.Length > WorkbookEndpoints.MaxBytes ? TooLarge : null;

    /// <summary>
    /// The uploaded workbook read against <paramref name="plan"/>, or the reason code it is refused: missing or empty,
    /// too large, or not an .xlsx by content. Pages and the API read uploads through this one place, once: the bytes
    /// are dropped as soon as they are read.
    /// </summary>
    public static async Task<(WorkbookUpload? Upload, string? Refusal)> ReadAsync(IFormFile? file, ScoringPlan plan, CancellationToken cancellationToken)
    {
        if (Refusal(file) is { } reason)
        {
            return (null, reason);
        }

        var bytes = new byte[file!.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        return LooksLikeXlsx(bytes) ? (WorkbookUpload.Read(Path.GetFileName(file.FileName), bytes, plan), null) : (null, NotXlsx);
    }

    /// <summary>An .xlsx is a ZIP package: the content decides, not the file's name or the browser's claimed type.</summary>
    public static bool LooksLikeXlsx(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    public static string? Message(string? reason) => reason switch
    {
        Missing => L.T("Chưa chọn tệp, hoặc tệp rỗng. Hãy chọn tệp Excel (.xlsx) đã điền.", "No file was chosen, or it is empty. Choose the filled Excel (.xlsx) file."),
        TooLarge => L.T("Tệp lớn hơn 10 MB. Hãy tải lên đúng tệp mẫu của đơn vị.", "The file is larger than 10 MB. Upload the unit's workbook."),
        NotXlsx => L.T("Tệp không phải là bảng tính Excel .xlsx. Hãy mở tệp bằng Excel và lưu dưới dạng \"Excel Workbook (.xlsx)\" rồi tải lên lại.",
            "The file is not an Excel .xlsx workbook. Open it in Excel, save it as \"Excel Workbook (.xlsx)\" and upload it again."),
        Expired => L.T("Bản xem trước đã hết hạn (sau 1 giờ, hoặc khi bạn đã tải lên 3 tệp mới hơn). Hãy tải tệp lên lại.", "The preview has expired (after 1 hour, or once you uploaded 3 newer files). Upload the file again."),
        _ => null,
    };
}
