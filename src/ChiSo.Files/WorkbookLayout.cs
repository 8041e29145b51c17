using System.Collections.Immutable;

namespace ChiSo.Files;

/// <summary>A column of a workbook sheet: the machine key (kept in the header cell's note) and the Vietnamese title.</summary>
/// <param name="Key">Stable key, e.g. <c>max</c>; a header cell holding the key is accepted as well as the title.</param>
/// <param name="Title">The Vietnamese header shown to users.</param>
/// <param name="Width">Column width in characters (set explicitly: measuring text needs libgdiplus).</param>
/// <param name="Required">True when a sheet without this column cannot be read.</param>
public sealed record WorkbookColumn(string Key, string Title, double Width, bool Required = false);

/// <summary>
/// Sheet and column names of every workbook ChiSo reads or writes, in one place. docs/framework-workbook.md
/// describes the same layout for users.
/// </summary>
public static class WorkbookLayout
{
    /// <summary>Framework header sheet: one key/value row per framework property.</summary>
    public const string FrameworkSheet = "Khung";

    /// <summary>The tree: one node per row, in tree order.</summary>
    public const string TreeSheet = "Cây";

    /// <summary>The inputs of the criteria.</summary>
    public const string InputsSheet = "Đầu vào";

    /// <summary>Comparison groups; optional when reading.</summary>
    public const string GroupsSheet = "Nhóm so sánh";

    /// <summary>The views (ADR 0025, e.g. the DTI's pillars); optional when reading.</summary>
    public const string ViewsSheet = "Góc nhìn";

    /// <summary>The checks of the criteria (a part cannot exceed its whole); optional when reading.</summary>
    public const string ChecksSheet = "Kiểm tra";

    /// <summary>Columns of <see cref="FrameworkSheet"/>.</summary>
    public static readonly ImmutableArray<WorkbookColumn> FrameworkColumns =
    [
        new("key", "Khóa", 22, Required: true),
        new("label", "Nội dung", 40),
        new("value", "Giá trị", 60, Required: true),
    ];

    /// <summary>The keys of <see cref="FrameworkSheet"/> rows, with their Vietnamese labels, in the order written.</summary>
    public static readonly ImmutableArray<(string Key, string Label)> FrameworkKeys =
    [
        ("id", "Mã bộ chỉ số"),
        ("edition", "Kỳ (năm)"),
        ("title", "Tên bộ chỉ số"),
        ("title_en", "Tên tiếng Anh"),
        ("legal_basis_number", "Số hiệu văn bản ban hành"),
        ("legal_basis_date", "Ngày ban hành"),
        ("unit_level", "Cấp đơn vị được đánh giá"),
        ("illustrative", "Có phần minh họa (có/không)"),
        ("notes", "Ghi chú"),
        ("display_total", "Tổng điểm hiển thị"),
        ("display_as", "Hiển thị dạng (value/points)"),
        ("display_decimals", "Số chữ số thập phân"),
        ("ranking_round", "Làm tròn trước khi xếp hạng (số chữ số)"),
        ("aggregation", "Cách tổng hợp (points/composite)"),
    ];

    /// <summary>Columns of <see cref="TreeSheet"/>. <c>level</c> is written for readers and ignored when reading.</summary>
    public static readonly ImmutableArray<WorkbookColumn> TreeColumns =
    [
        new("code", "Mã", 10, Required: true),
        new("parent", "Mã cha", 10, Required: true),
        new("level", "Cấp", 6),
        new("name", "Tên", 60, Required: true),
        new("name_en", "Tên tiếng Anh", 40),
        new("max", "Điểm tối đa", 12, Required: true),
        new("cap", "Giới hạn trần", 12),
        new("scored", "Tính điểm", 10),
        new("weight", "Trọng số", 10),
        new("direction", "Chiều", 8),
        new("lead", "Cơ quan chủ trì", 30),
        new("source", "Nguồn dữ liệu", 14),
        new("score", "Công thức chấm điểm", 50),
        new("evidence_required", "Bắt buộc minh chứng", 12),
        new("evidence_note", "Yêu cầu minh chứng", 40),
        new("description", "Mô tả", 60),
    ];

    /// <summary>Columns of <see cref="InputsSheet"/>. Options are written <c>key=Nhãn; key2=Nhãn 2</c>.</summary>
    public static readonly ImmutableArray<WorkbookColumn> InputColumns =
    [
        new("criterion", "Mã tiêu chí", 12, Required: true),
        new("id", "Mã đầu vào", 16, Required: true),
        new("type", "Kiểu", 12, Required: true),
        new("label", "Nhãn", 50),
        new("min", "Nhỏ nhất", 10),
        new("max", "Lớn nhất", 10),
        new("unit", "Đơn vị tính", 12),
        new("options", "Các lựa chọn", 60),
        new("within", "Ngày trong khoảng", 24),
    ];

    /// <summary>Columns of <see cref="ChecksSheet"/>: one check per row, under its criterion.</summary>
    public static readonly ImmutableArray<WorkbookColumn> CheckColumns =
    [
        new("criterion", "Mã tiêu chí", 12, Required: true),
        new("rule", "Điều kiện", 40, Required: true),
        new("message", "Thông báo khi sai", 60),
        new("message_en", "Thông báo tiếng Anh", 40),
        new("severity", "Mức độ", 10),
    ];

    /// <summary>
    /// Columns of <see cref="ViewsSheet"/>; "of" lists the parts separated by ";", each a code or "code:weight"
    /// (e.g. <c>1; 2; 7</c> or <c>CQS:0.4; KTS:0.3; XHS:0.3</c>).
    /// </summary>
    public static readonly ImmutableArray<WorkbookColumn> ViewColumns =
    [
        new("code", "Mã góc nhìn", 14, Required: true),
        new("name", "Tên góc nhìn", 40, Required: true),
        new("name_en", "Tên tiếng Anh", 30),
        new("rule", "Cách tính", 12),
        new("of", "Thành phần", 40, Required: true),
        new("illustrative", "Minh họa", 10),
        new("notes", "Ghi chú", 60),
    ];

    /// <summary>Columns of <see cref="GroupsSheet"/>.</summary>
    public static readonly ImmutableArray<WorkbookColumn> GroupColumns =
    [
        new("code", "Mã nhóm", 14, Required: true),
        new("name", "Tên nhóm", 50, Required: true),
        new("ranked", "Xếp hạng", 10),
    ];

    /// <summary>
    /// Columns of an official criteria list (the layout of the criteria CSV files). The Vietnamese titles are
    /// accepted as headers too.
    /// </summary>
    public static readonly ImmutableArray<WorkbookColumn> CriteriaColumns =
    [
        new("framework", "Bộ chỉ số", 40),
        new("decision", "Văn bản ban hành", 40),
        new("main_index_code", "Mã chỉ số chính", 10, Required: true),
        new("main_index_name", "Tên chỉ số chính", 40, Required: true),
        new("main_index_max_points", "Điểm tối đa chỉ số chính", 10, Required: true),
        new("component_code", "Mã chỉ số thành phần", 10),
        new("component_name", "Tên chỉ số thành phần", 40),
        new("component_max_points", "Điểm tối đa chỉ số thành phần", 10),
        new("criterion_code", "Mã tiêu chí", 10),
        new("criterion_name", "Tên tiêu chí", 40),
        new("criterion_max_points", "Điểm tối đa tiêu chí", 10),
        new("scoring_rule", "Cách chấm điểm", 60),
        new("data_source", "Nguồn dữ liệu", 30),
        new("source", "Nguồn", 30),
        new("note", "Ghi chú", 30),
    ];

    /// <summary>How yes/no cells are written; reading also accepts x, yes/no, true/false and 1/0.</summary>
    public const string Yes = "có";

    /// <summary>How yes/no cells are written for "no".</summary>
    public const string No = "không";

    /// <summary>The number format of dates.</summary>
    public const string DateFormat = "dd/mm/yyyy";
}
