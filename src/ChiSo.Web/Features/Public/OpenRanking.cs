using ChiSo.Data.Results;
using ChiSo.Files.Results;
using TableColumn = ChiSo.Files.Results.ResultColumn;

namespace ChiSo.Web.Features.Public;

/// <summary>
/// The open-data ranking of a published result: one row per unit (best total first), and for every column of the
/// snapshot (the total, each node, each view) three fields named from its code: <c>{code}_points</c>,
/// <c>{code}_value</c> (points ÷ max points, 0–1) and <c>{code}_rank</c> (ties share a rank; empty when unranked).
/// The names only change when the framework's codes do, so scripts written against one year read the next.
/// </summary>
public static class OpenRanking
{
    /// <summary>The unit fields before the results, in order.</summary>
    public static IReadOnlyList<TableColumn> UnitColumns { get; } =
    [
        new("unit_code", "Mã đơn vị", ColumnKind.Text),
        new("unit_name", "Tên đơn vị", ColumnKind.Text),
        new("parent_code", "Mã đơn vị cấp trên", ColumnKind.Text),
        new("parent_name", "Đơn vị cấp trên", ColumnKind.Text),
        new("group", "Nhóm so sánh", ColumnKind.Text),
    ];

    public static string PointsField(string code) => code + "_points";

    public static string ValueField(string code) => code + "_value";

    public static string RankField(string code) => code + "_rank";

    /// <summary>
    /// The table of <paramref name="results"/>, the one place the open data's rows are built (CSV and JSON write it).
    /// Missing numbers (an unscored node's value) and unranked places are null.
    /// </summary>
    public static ResultTable Table(CampaignResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var stored = results.Stored;
        var columns = new List<TableColumn>(UnitColumns);
        foreach (var c in results.Columns)
        {
            var name = c.Name.Vi;
            columns.Add(new(PointsField(c.Code), $"{name}: điểm", ColumnKind.Number, results.Definition.Display.Decimals));
            columns.Add(new(ValueField(c.Code), $"{name}: giá trị (0–1)", ColumnKind.Number, 4));
            columns.Add(new(RankField(c.Code), $"{name}: xếp hạng", ColumnKind.Rank));
        }

        var rows = new List<object?[]>(results.Units.Count);
        foreach (var u in stored.Ranking(0))
        {
            var unit = results.Units[u];
            var row = new object?[UnitColumns.Count + (3 * results.Columns.Count)];
            (row[0], row[1], row[2], row[3], row[4]) = (unit.Code, unit.Name, unit.ParentCode, unit.ParentName, unit.GroupCode);
            var k = UnitColumns.Count;
            foreach (var c in results.Columns)
            {
                row[k++] = Number(stored.Points(c.Index, u));
                row[k++] = Number(stored.Value(c.Index, u));
                row[k++] = stored.Rank(c.Index, u) is var rank and > 0 ? rank : null;
            }

            rows.Add(row);
        }

        return new ResultTable($"{results.Campaign.FrameworkId}-{results.Campaign.Year}", [.. columns], rows);
    }

    private static double? Number(double value) => double.IsFinite(value) ? value : null;
}
