using System.Text;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace ChiSo.Web.Features.Editions;

/// <summary>What an upload came to: the checked framework, or the reason it was refused before it was read (with its status).</summary>
public sealed record UploadRead(CheckedFramework? Read, string FileName, Bilingual? Refusal, int Status);

/// <summary>
/// Reads an uploaded framework (YAML, framework workbook, or official criteria sheet as .xlsx or .csv) through
/// <see cref="FrameworkSources"/>, the door <c>chiso validate</c> uses. The size is checked from the request's
/// headers before a byte of the body is read, and the form is read with a body limit for uploads that do not say their size.
/// </summary>
public static class EditionUpload
{
    /// <summary>The largest framework file accepted: the workbook guard's own limit.</summary>
    public const long MaxBytes = WorkbookLimits.MaxFileBytes;

    // The multipart envelope (boundaries, headers, the antiforgery field) around the file.
    private const long Envelope = 64 * 1024;

    public static string TooLargeVi => $"Tệp lớn hơn {MaxBytes / (1024 * 1024)} MB. Một bộ chỉ số (YAML, Excel hoặc CSV) nhỏ hơn nhiều; hãy kiểm tra lại tệp.";

    public static string TooLargeEn => $"The file is larger than {MaxBytes / (1024 * 1024)} MB. A framework (YAML, Excel or CSV) is far smaller; check the file.";

    /// <summary>
    /// Reads the request's file field <c>file</c>: size first, then the antiforgery token for cookie callers (a bearer
    /// token cannot be forged by a browser), then the file by its extension.
    /// </summary>
    public static async Task<UploadRead> ReadAsync(HttpContext context, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var request = context.Request;
        if (request.ContentLength > MaxBytes + Envelope)
        {
            return Refused(new(TooLargeVi, TooLargeEn), StatusCodes.Status413PayloadTooLarge);
        }

        if (!request.HasFormContentType)
        {
            return Refused(new("Hãy gửi tệp trong một biểu mẫu multipart/form-data, trường \"file\".", "Send the file in a multipart/form-data form, field \"file\"."), StatusCodes.Status415UnsupportedMediaType);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxBytes + Envelope, ValueCountLimit = 16 }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Refused(new(TooLargeVi, TooLargeEn), StatusCodes.Status413PayloadTooLarge);
        }

        if (!Shared.ApiTokenScheme.IsTokenRequest(context.User) && !await antiforgery.IsRequestValidAsync(context))
        {
            return Refused(new("Phiên làm việc đã hết hạn. Hãy tải lại trang.", "The session token is missing or expired. Reload the page."), StatusCodes.Status400BadRequest);
        }

        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Refused(new("Chưa chọn tệp, hoặc tệp rỗng. Hãy chọn tệp bộ chỉ số (.yaml, .xlsx hoặc .csv).", "No file was chosen, or it is empty. Choose a framework file (.yaml, .xlsx or .csv)."), StatusCodes.Status400BadRequest);
        }

        if (file.Length > MaxBytes)
        {
            return Refused(new(TooLargeVi, TooLargeEn), StatusCodes.Status413PayloadTooLarge);
        }

        var name = NameOf(file.FileName);
        await using var stream = new MemoryStream((int)file.Length);
        await file.CopyToAsync(stream, cancellationToken);
        stream.Position = 0;
        return new UploadRead(Read(stream, name), name, null, StatusCodes.Status200OK);
    }

    /// <summary>The file read by its extension, as <see cref="FrameworkSources.FromFile"/> does for a path.</summary>
    public static CheckedFramework Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        switch (Path.GetExtension(name).ToLowerInvariant())
        {
            case ".yaml" or ".yml":
                using (var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true))
                {
                    return FrameworkSources.FromYaml(reader.ReadToEnd(), name);
                }

            case ".xlsx":
                return FrameworkSources.FromWorkbook(stream, name);
            case ".csv":
                using (var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true))
                {
                    return FrameworkSources.FromCriteriaCsv(reader, name);
                }

            default:
                return CheckedFramework.Unread([Problem.Error("IO002", name, SourceSpan.None,
                    $"Không đọc được loại tệp '{Path.GetExtension(name)}'. Bộ chỉ số phải là .yaml, .xlsx (bộ chỉ số hoặc bảng tiêu chí) hoặc .csv (bảng tiêu chí).",
                    $"Cannot read '{Path.GetExtension(name)}' files. A framework is .yaml, .xlsx (framework workbook or criteria sheet) or .csv (criteria sheet).")]);
        }
    }

    /// <summary>The file's own name, without folders, bounded; used only in messages, never as a path.</summary>
    public static string NameOf(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        if (name.Length == 0)
        {
            return "tep-tai-len";
        }

        return name.Length <= 120 ? name : name[..100] + Path.GetExtension(name)[..Math.Min(20, Path.GetExtension(name).Length)];
    }

    private static UploadRead Refused(Bilingual reason, int status) => new(null, "", reason, status);
}
