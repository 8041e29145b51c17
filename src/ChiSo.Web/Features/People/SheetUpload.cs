using ChiSo.Engine;
using ChiSo.Files;

namespace ChiSo.Web.Features.People;

/// <summary>Why an uploaded people sheet is refused before it is read: none sent, empty, or too large.</summary>
public static class SheetUpload
{
    public static Bilingual? Refusal(IFormFile? file) =>
        file is null || file.Length == 0
            ? new Bilingual("Chưa chọn tệp, hoặc tệp rỗng. Hãy chọn tệp Excel (.xlsx) hoặc CSV theo mẫu (trường \"file\").", "No file was chosen, or it is empty. Choose the Excel (.xlsx) or CSV file made from the template (field \"file\").")
            : file.Length > WorkbookLimits.MaxFileBytes
                ? new Bilingual($"Tệp lớn hơn {WorkbookLimits.MaxFileBytes / (1024 * 1024)} MB.", $"The file is larger than {WorkbookLimits.MaxFileBytes / (1024 * 1024)} MB.")
                : null;
}
