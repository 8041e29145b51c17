using ClosedXML.Excel;

namespace ChiSo.Files.Units;

/// <summary>The downloadable template of <see cref="BodySheet"/>: the header, one example row, and a sheet of instructions.</summary>
public static class BodySheetTemplate
{
    /// <summary>Writes the template; <paramref name="provinceCode"/> fills the example's parent, <paramref name="groups"/> lists the comparison groups.</summary>
    public static void Write(Stream output, string provinceCode, IReadOnlyList<(string Code, string Name)> groups)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(groups);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Đơn vị");
        for (var c = 0; c < BodySheet.Columns.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(BodySheet.Columns[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = c == 1 ? 45 : 22;
        }

        // Codes are text: "01" must not become 1. Dates are typed as text too, dd/MM/yyyy, whatever Excel's locale.
        sheet.Columns(1, BodySheet.Columns.Length).Style.NumberFormat.Format = "@";
        string[] example = [provinceCode + ".S01", "Sở Khoa học và Công nghệ", "sở", provinceCode, "01/07/2025", "", groups.Count > 0 ? groups[0].Code : ""];
        for (var c = 0; c < example.Length; c++)
        {
            sheet.Cell(2, c + 1).SetValue(example[c]);
        }

        sheet.SheetView.FreezeRows(1);
        var help = workbook.AddWorksheet("Hướng dẫn");
        string[] lines =
        [
            "Mỗi dòng là một cơ quan, đơn vị của tỉnh (sở, ban, ngành…). Xóa dòng ví dụ trước khi tải lên.",
            "Mã: mã riêng của đơn vị, không trùng mã trong danh mục đơn vị hành chính (chữ không dấu, chữ số, . - _).",
            "Loại: sở, ban, ngành, ủy ban… Đơn vị cấp trên (mã): mã tỉnh, thành phố, hoặc mã một cơ quan của tỉnh.",
            "Hiệu lực từ, Hiệu lực đến: ngày dạng dd/MM/yyyy; để trống Hiệu lực đến khi đơn vị vẫn đang hoạt động.",
            "Nhóm so sánh (không bắt buộc): mã hoặc tên một nhóm đã có.",
            "Một dòng có mã đã có trong tỉnh của bạn sẽ cập nhật đơn vị đó. Chỉ áp dụng khi mọi dòng đều hợp lệ.",
            "",
            "Nhóm so sánh hiện có / Comparison groups:",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            help.Cell(i + 1, 1).SetValue(lines[i]);
        }

        for (var i = 0; i < groups.Count; i++)
        {
            help.Cell(lines.Length + 1 + i, 1).SetValue(groups[i].Code);
            help.Cell(lines.Length + 1 + i, 2).SetValue(groups[i].Name);
        }

        help.Column(1).Width = 100;
        workbook.SaveAs(output);
    }
}
