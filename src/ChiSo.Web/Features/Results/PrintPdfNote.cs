using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Results;

/// <summary>Why the PDF link led to the print view instead (the <c>?pdf=</c> of the print page).</summary>
public static class PrintPdfNote
{
    public const string Unavailable = "unavailable";

    public const string Failed = "failed";

    public static string? Text(string? note) => note switch
    {
        Unavailable => L.T("Máy chủ chưa cài Chromium nên không tạo được tệp PDF. Hãy dùng lệnh In của trình duyệt (Ctrl+P) và chọn “Lưu dưới dạng PDF”.",
            "The server has no Chromium installed, so it cannot make the PDF. Use the browser's Print (Ctrl+P) and choose “Save as PDF”."),
        Failed => L.T("Máy chủ chưa tạo được tệp PDF lúc này. Hãy dùng lệnh In của trình duyệt (Ctrl+P) và chọn “Lưu dưới dạng PDF”, hoặc thử lại sau.",
            "The server could not make the PDF just now. Use the browser's Print (Ctrl+P) and choose “Save as PDF”, or try again later."),
        _ => null,
    };
}
