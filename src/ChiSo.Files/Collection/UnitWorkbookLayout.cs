using System.Collections.Immutable;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Collection;

/// <summary>
/// Sheets and columns of the per-unit data-entry workbook. The two key columns are hidden and hold the criterion
/// code and the input id, so a workbook whose rows were sorted or moved still reads back to the right inputs.
/// </summary>
public static class UnitWorkbookLayout
{
    /// <summary>The instructions sheet, first so that it opens first.</summary>
    public const string InstructionsSheet = "Hướng dẫn";

    /// <summary>The sheet the unit fills in.</summary>
    public const string EntrySheet = "Nhập liệu";

    /// <summary>Hidden sheet holding the drop-down lists (option labels may contain commas, so lists cannot be inline).</summary>
    public const string ListsSheet = "Danh sách";

    /// <summary>Row of the column titles on <see cref="EntrySheet"/>; rows below it hold the criteria.</summary>
    public const int HeaderRow = 3;

    /// <summary>Header of the hidden criterion-key column.</summary>
    public const string CriterionKey = "#tieu_chi";

    /// <summary>Header of the hidden input-key column.</summary>
    public const string InputKey = "#dau_vao";

    /// <summary>Header of the column the unit fills in.</summary>
    public const string ValueTitle = "Giá trị";

    /// <summary>Columns of <see cref="EntrySheet"/>, in order (1-based column = index + 1).</summary>
    public static readonly ImmutableArray<WorkbookColumn> Columns =
    [
        new("criterion_key", CriterionKey, 10),
        new("input_key", InputKey, 10),
        new("code", "Mã", 9),
        new("criterion", "Tiêu chí", 50),
        new("input", "Đầu vào", 45),
        new("type", "Kiểu", 14),
        new("unit", "Đơn vị tính", 12),
        new("min", "Nhỏ nhất", 10),
        new("max", "Lớn nhất", 10),
        new("value", ValueTitle, 28),
        new("hint", "Cách nhập", 45),
    ];

    /// <summary>1-based column of the value.</summary>
    public static int ValueColumn => Columns.IndexOf(Columns.Single(c => c.Key == "value")) + 1;

    /// <summary>The Vietnamese name of an input type, as the workbook shows it.</summary>
    public static string TypeName(InputType type) => type switch
    {
        InputType.Number => "Số",
        InputType.Percentage => "Tỷ lệ (%)",
        InputType.Integer => "Số nguyên",
        InputType.YesNo => "Có/Không",
        InputType.Choice => "Lựa chọn",
        InputType.Date => "Ngày",
        InputType.Document => "Văn bản",
        InputType.File => "Tệp",
        _ => type.ToString(),
    };

    /// <summary>How to fill an input of this type, in one short Vietnamese sentence.</summary>
    public static string Hint(InputType type) => type switch
    {
        InputType.Number => "Nhập số, ví dụ 541,46",
        InputType.Percentage => "Nhập tỷ lệ phần trăm, ví dụ 87,5",
        InputType.Integer => "Nhập số nguyên, ví dụ 12",
        InputType.YesNo => "Chọn \"có\" hoặc \"không\" trong danh sách",
        InputType.Choice => "Chọn một mục trong danh sách",
        InputType.Date => "Nhập ngày dạng dd/MM/yyyy, ví dụ 23/11/2026",
        InputType.Document => "Số hiệu | dd/MM/yyyy | trích yếu | người ký",
        InputType.File => "Tên tệp minh chứng",
        _ => "",
    };
}
