using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Results;

namespace ChiSo.Files.Frameworks;

/// <summary>The changes between two editions as a <see cref="ResultTable"/>, one change a row: what the web app and <c>chiso framework diff</c> write as CSV, JSON or a workbook.</summary>
public static class DiffTable
{
    public static ResultTable Of(string earlier, string later, FrameworkDifference difference, Language language)
    {
        ArgumentNullException.ThrowIfNull(difference);
        string T(string vi, string en) => language == Language.En ? en : vi;
        return new ResultTable(
            T($"Khác biệt {earlier} → {later}", $"Differences {earlier} → {later}"),
            [
                new ResultColumn("change", T("Thay đổi", "Change"), ColumnKind.Text),
                new ResultColumn("earlier_code", T("Mã cũ", "Earlier code"), ColumnKind.Text),
                new ResultColumn("later_code", T("Mã mới", "Later code"), ColumnKind.Text),
                new ResultColumn("name", T("Tên", "Name"), ColumnKind.Text),
                new ResultColumn("before", T("Trước", "Before"), ColumnKind.Text),
                new ResultColumn("after", T("Sau", "After"), ColumnKind.Text),
                new ResultColumn("comparable", T("So sánh được", "Comparable"), ColumnKind.Text),
                new ResultColumn("description", T("Mô tả", "Description"), ColumnKind.Text),
            ],
            [.. difference.Changes.Select(c => new object?[]
            {
                Kind(c.Kind), c.EarlierCode ?? "", c.LaterCode ?? "", c.Name, c.Before ?? "", c.After ?? "",
                c.LaterCode is { } code && difference.Link(code) is { } link ? new LabelledCell(link.Comparable ? "yes" : "no", link.Comparable ? "có" : "không", link.Comparable ? "yes" : "no") : "",
                c.Text.In(language),
            })]);
    }

    /// <summary>A change's kind as a machine word and in both languages.</summary>
    public static LabelledCell Kind(NodeChangeKind kind) => kind switch
    {
        NodeChangeKind.Added => new("added", "thêm mới", "added"),
        NodeChangeKind.Removed => new("removed", "bỏ", "removed"),
        NodeChangeKind.Renamed => new("renamed", "đổi tên", "renamed"),
        NodeChangeKind.Recoded => new("recoded", "đổi mã", "renumbered"),
        NodeChangeKind.Moved => new("moved", "chuyển nhánh", "moved"),
        NodeChangeKind.MaxPointsChanged => new("max_points", "đổi điểm tối đa", "max points changed"),
        NodeChangeKind.RuleChanged => new("rule", "đổi quy tắc chấm", "rule changed"),
        NodeChangeKind.InputsChanged => new("inputs", "đổi số liệu đầu vào", "inputs changed"),
    };
}
