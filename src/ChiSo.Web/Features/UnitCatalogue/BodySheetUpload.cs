using ChiSo.Data.Units;
using ChiSo.Engine;
using ChiSo.Files.Units;

namespace ChiSo.Web.Features.UnitCatalogue;

/// <summary>An uploaded bodies sheet, bounded by its declared size before a byte is read, then read by <see cref="BodySheet"/>.</summary>
public static class BodySheetUpload
{
    public static async Task<(string FileName, List<BodyDraft>? Rows, List<Bilingual> Problems)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return ("", null, [new("Chưa chọn tệp, hoặc tệp rỗng. Hãy chọn tệp Excel (.xlsx) hoặc CSV theo mẫu.", "No file was chosen, or it is empty. Choose an Excel (.xlsx) or CSV file laid out like the template.")]);
        }

        var name = Path.GetFileName(file.FileName);
        if (file.Length > BodySheet.MaxBytes)
        {
            return (name, null, [new($"Tệp lớn hơn {BodySheet.MaxBytes / (1024 * 1024)} MB. Một danh sách đơn vị không lớn đến vậy: hãy kiểm tra lại tệp.",
                $"The file is larger than {BodySheet.MaxBytes / (1024 * 1024)} MB. A list of units is never that large: check the file.")]);
        }

        await using var stream = file.OpenReadStream();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        var read = BodySheet.Read(copy, name);
        if (!read.Problems.IsEmpty)
        {
            return (name, null, [.. read.Problems.Select(p => p.Text)]);
        }

        return (name, [.. read.Rows.Select(r => new BodyDraft(r.Line, r.Code, r.Name, r.Type, r.ParentCode, r.ValidFrom, r.ValidTo, r.Group))], []);
    }
}
