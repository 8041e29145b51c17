using System.IO.Compression;
using System.Text;

namespace ChiSo.Web.Features.Evidence;

/// <summary>The type a file's bytes show, or why it is refused (Vietnamese and English).</summary>
public sealed record SniffResult(string? ContentType, string? ProblemVi, string? ProblemEn)
{
    public bool Accepted => ContentType is not null;
}

/// <summary>
/// Decides a file's type from its first bytes, never from its name or the browser's claim: a renamed program stays a
/// program. Accepted: PDF, PNG, JPEG, Word .docx and Excel .xlsx (OOXML zips), and plain UTF-8 text.
/// </summary>
public static class ContentSniffer
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Program = "MZ"u8.ToArray();
    private static readonly byte[] Elf = [0x7F, 0x45, 0x4C, 0x46];

    private const string Allowed = "PDF, PNG, JPEG, Word (.docx), Excel (.xlsx), văn bản UTF-8 (.txt)";

    /// <summary>Reads <paramref name="file"/> from its start; the stream must be seekable.</summary>
    public static SniffResult Sniff(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Span<byte> head = stackalloc byte[8];
        file.Position = 0;
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        file.Position = 0;
        return read == 0 ? Refuse("Tệp rỗng.", "The file is empty.")
            : head.StartsWith(Pdf) ? Ok("application/pdf")
            : head.StartsWith(Png) ? Ok("image/png")
            : head.StartsWith(Jpeg) ? Ok("image/jpeg")
            : head.StartsWith(Zip) ? Office(file)
            : head.StartsWith(Program) || head.StartsWith(Elf)
                ? Refuse($"Tệp là chương trình chạy được (không phải tài liệu), không được nhận. Chỉ nhận: {Allowed}.",
                    "The file is an executable program, not a document, and is refused. Accepted: PDF, PNG, JPEG, Word (.docx), Excel (.xlsx), UTF-8 text.")
            : IsText(file) ? Ok("text/plain; charset=utf-8")
            : Unknown();
    }

    private static SniffResult Office(Stream file)
    {
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var types = zip.GetEntry("[Content_Types].xml") is not null;
            var result = !types ? Refuse($"Tệp nén ZIP không phải tài liệu Word hay Excel. Chỉ nhận: {Allowed}.",
                    "A ZIP archive that is not a Word or Excel document is refused.")
                : zip.GetEntry("word/document.xml") is not null ? Ok(Docx)
                : zip.GetEntry("xl/workbook.xml") is not null ? Ok(Xlsx)
                : Refuse($"Tài liệu Office này không phải Word (.docx) hay Excel (.xlsx). Chỉ nhận: {Allowed}.",
                    "This Office document is neither Word (.docx) nor Excel (.xlsx).");
            return result;
        }
        catch (InvalidDataException)
        {
            return Refuse("Tệp ZIP bị hỏng, không đọc được.", "The ZIP file is damaged and cannot be read.");
        }
        finally
        {
            file.Position = 0;
        }
    }

    // Text means: valid UTF-8 all through, and no control characters other than tab, line breaks and form feed.
    private static bool IsText(Stream file)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true), true, 16 * 1024, leaveOpen: true);
        var buffer = new char[16 * 1024];
        try
        {
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (buffer.AsSpan(0, n).ContainsAnyExceptInRange('\u0020', '\uFFFF') && HasControl(buffer.AsSpan(0, n)))
                {
                    return false;
                }
            }

            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            file.Position = 0;
        }
    }

    private static bool HasControl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                return true;
            }
        }

        return false;
    }

    private static SniffResult Ok(string type) => new(type, null, null);

    private static SniffResult Refuse(string vi, string en) => new(null, vi, en);

    private static SniffResult Unknown() => Refuse(
        $"Không nhận dạng được loại tệp từ nội dung của nó. Chỉ nhận: {Allowed}.",
        "The file's type could not be recognised from its content. Accepted: PDF, PNG, JPEG, Word (.docx), Excel (.xlsx), UTF-8 text.");
}
