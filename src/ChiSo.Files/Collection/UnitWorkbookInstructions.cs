using ClosedXML.Excel;

namespace ChiSo.Files.Collection;

/// <summary>The instructions sheet, in Vietnamese: how to fill the workbook and the formats it accepts.</summary>
internal static class UnitWorkbookInstructions
{
    private static readonly string[] Lines =
    [
        "1. Chỉ nhập vào cột \"Giá trị\" (tô màu vàng) của trang \"Nhập liệu\". Không sửa các cột khác, không xoá cột ẩn: "
            + "cột ẩn chứa mã tiêu chí và mã đầu vào để hệ thống đọc đúng ô, kể cả khi bạn sắp xếp lại các dòng.",
        "2. Số: nhập dấu phẩy cho phần thập phân, ví dụ 541,46 (dấu chấm 541.46 cũng được chấp nhận). Không ghi đơn vị tính vào ô.",
        "3. Tỷ lệ (%): nhập số phần trăm, ví dụ 87,5 cho 87,5%.",
        "4. Ngày: nhập dạng dd/MM/yyyy, ví dụ 23/11/2026.",
        "5. Có/Không và Lựa chọn: chọn trong danh sách thả xuống của ô.",
        "6. Văn bản minh chứng: Số hiệu | ngày ban hành dd/MM/yyyy | trích yếu | người ký, ví dụ: "
            + "125/QĐ-UBND | 15/03/2025 | Kiện toàn Ban Chỉ đạo chuyển đổi số | Nguyễn Văn A.",
        "7. Để trống ô nếu chưa có số liệu; xoá giá trị trong ô nghĩa là xoá giá trị đã lưu.",
        "8. Lưu tệp dạng .xlsx rồi tải lên ở trang \"Nhập bằng Excel\" của đơn vị. Hệ thống hiển thị mọi thay đổi và mọi ô lỗi "
            + "để bạn kiểm tra trước khi lưu; chưa có gì được lưu cho đến khi bạn bấm \"Áp dụng\".",
        "9. Các giá trị ngoài khoảng Nhỏ nhất – Lớn nhất, không phải là số, không có trong danh sách hoặc ngày sai định dạng sẽ được báo lỗi kèm địa chỉ ô.",
    ];

    public static void Write(IXLWorksheet sheet, UnitWorkbookContent content)
    {
        sheet.Column(1).Width = 110;
        sheet.Cell(1, 1).SetValue("Hướng dẫn nhập liệu");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).SetValue($"Đơn vị: {content.UnitName} ({content.UnitCode}) · {content.CampaignName}");
        for (var i = 0; i < Lines.Length; i++)
        {
            var cell = sheet.Cell(i + 4, 1);
            cell.SetValue(Lines[i]);
            cell.DataType = XLDataType.Text;
            cell.Style.Alignment.WrapText = true;
        }
    }
}
