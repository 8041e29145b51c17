using ChiSo.Engine;
namespace ChiSo.Web.Features.Evidence;

/// <summary>
/// The names evidence files are kept and downloaded under. The bytes decide the type (<see cref="ContentSniffer"/>),
/// so the name must agree with them: a download named Quyet-dinh.pdf.vbs would run as a script on a colleague's
/// desktop whatever its content. Names with a program or script extension anywhere are refused, and the extension
/// kept is always the one of the sniffed type.
/// </summary>
public static class EvidenceNames
{
    // Windows and desktop handlers that execute or render active content on a double click.
    private static readonly HashSet<string> Dangerous = new(StringComparer.OrdinalIgnoreCase)
    {
        "exe", "com", "bat", "cmd", "scr", "pif", "cpl", "msi", "msp", "mst", "dll", "sys", "drv", "ocx",
        "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh", "wsc", "ws", "hta", "ps1", "psm1", "psd1", "ps1xml", "psc1",
        "lnk", "url", "inf", "reg", "scf", "jar", "jnlp", "sh", "bash", "command", "app", "apk", "appx", "msix",
        "gadget", "application", "xbap", "chm", "hlp", "iso", "img", "vhd", "vhdx", "html", "htm", "xhtml", "svg",
        "shtml", "mht", "mhtml", "xml", "xsl", "docm", "xlsm", "pptm", "dotm", "xltm", "xlam", "ppam", "sldm",
    };

    /// <summary>The refusal of <paramref name="fileName"/>, or null: any dot-separated part that is a program or script extension.</summary>
    public static Bilingual? Refusal(string? fileName)
    {
        var name = EvidenceKeeping.SafeName(fileName);
        var parts = name.Split('.', StringSplitOptions.TrimEntries);
        var bad = parts.Skip(1).FirstOrDefault(p => Dangerous.Contains(p.TrimEnd(' ', '.')));
        return bad is null ? null : (
            $"Tên tệp \"{name}\" có phần mở rộng .{bad} của chương trình hoặc mã lệnh, không được nhận. Hãy đổi tên tệp theo đúng loại tài liệu (ví dụ .pdf).",
            $"The file name \"{name}\" has the program or script extension .{bad} and is refused. Rename the file after its document type (e.g. .pdf).");
    }

    /// <summary>
    /// <paramref name="fileName"/> with the extension of <paramref name="contentType"/>: kept when it already agrees
    /// (.jpg and .jpeg both), otherwise the last extension is replaced, or the right one added.
    /// </summary>
    public static string ForType(string? fileName, string? contentType)
    {
        var name = EvidenceKeeping.SafeName(fileName);
        var (extension, also) = Extension(contentType);
        var current = Path.GetExtension(name);
        if (current.Equals(extension, StringComparison.OrdinalIgnoreCase) || (also is not null && current.Equals(also, StringComparison.OrdinalIgnoreCase)))
        {
            return name;
        }

        // "Nghị định 45.2020" has no extension to replace: only a short dotted word with a letter is one.
        var replaced = current.Length is > 1 and <= 6 && current.Skip(1).Any(char.IsAsciiLetter);
        var stem = replaced ? name[..^current.Length] : name;
        return (stem.TrimEnd('.', ' ') is { Length: > 0 } s ? s : "minh-chung") + extension;
    }

    private static (string Extension, string? Also) Extension(string? contentType) => contentType?.Split(';')[0].Trim() switch
    {
        "application/pdf" => (".pdf", null),
        "image/png" => (".png", null),
        "image/jpeg" => (".jpg", ".jpeg"),
        ContentSniffer.Docx => (".docx", null),
        ContentSniffer.Xlsx => (".xlsx", null),
        "text/plain" => (".txt", null),
        _ => (".bin", null),
    };
}
