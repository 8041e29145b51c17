namespace ChiSo.Engine.Lineage;

/// <summary>One year's figure of a unit for a node.</summary>
/// <param name="Year">The assessment year.</param>
/// <param name="Framework">Framework id and edition that scored the year, e.g. "dti-tinh@2022".</param>
/// <param name="Value">The node's value (0–1); NaN when missing.</param>
/// <param name="BackCast">How the figure was made when the unit did not exist that year; null for a direct result.</param>
public sealed record YearFigure(int Year, string Framework, double Value, BackCastFigure? BackCast = null);

/// <summary>The change of a unit's figure between two years, saying how the earlier figure was made.</summary>
/// <param name="UnitCode">The unit (as it exists in the later year).</param>
/// <param name="NodeCode">The node compared.</param>
/// <param name="Earlier">The earlier year's figure.</param>
/// <param name="Later">The later year's figure.</param>
/// <param name="Change">Later − earlier value; NaN when either is missing.</param>
/// <param name="EarlierRule">The back-cast rule that made the earlier figure; null when it is the unit's own result.</param>
/// <param name="Comparable">True when the two figures measure the same thing the same way (see <see cref="YearOverYear.Compare"/>).</param>
/// <param name="NoteVi">Why the years are or are not comparable, in Vietnamese.</param>
/// <param name="NoteEn">The same in English.</param>
public sealed record YearOverYearChange(
    string UnitCode,
    string NodeCode,
    YearFigure Earlier,
    YearFigure Later,
    double Change,
    BackCastRule? EarlierRule,
    bool Comparable,
    string NoteVi,
    string NoteEn);

/// <summary>Year-over-year changes across framework editions and the 2025 merger.</summary>
public static class YearOverYear
{
    /// <summary>
    /// Compares two years. They are comparable when both have a value, both were scored with the same framework
    /// edition, and the earlier figure is the unit's own result or was back-cast from whole predecessors (a split
    /// predecessor's value belongs to several successors, so it cannot stand for one of them). Ranks are never
    /// compared across the merger: 63 and 34 units are different fields.
    /// </summary>
    public static YearOverYearChange Compare(string unitCode, string nodeCode, YearFigure earlier, YearFigure later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var change = later.Value - earlier.Value;
        var rule = earlier.BackCast?.Rule;
        var (comparable, vi, en) = Judge(earlier, later);
        return new YearOverYearChange(unitCode, nodeCode, earlier, later, change, rule, comparable, vi, en);
    }

    private static (bool Comparable, string Vi, string En) Judge(YearFigure earlier, YearFigure later)
    {
        if (double.IsNaN(earlier.Value) || double.IsNaN(later.Value))
        {
            return (false, "Thiếu số liệu của một trong hai năm.", "One of the two years has no value.");
        }

        if (!string.Equals(earlier.Framework, later.Framework, StringComparison.Ordinal))
        {
            return (false,
                $"Hai năm được chấm theo hai bộ chỉ số khác nhau ({earlier.Framework}, {later.Framework}).",
                $"The two years were scored with different frameworks ({earlier.Framework}, {later.Framework}).");
        }

        if (earlier.BackCast is not { } backCast)
        {
            return (true, "Cả hai năm là kết quả của chính đơn vị.", "Both years are the unit's own results.");
        }

        if (backCast.Partial)
        {
            return (false,
                $"Số liệu năm {earlier.Year} được tính ngược từ đơn vị bị chia tách, chỉ là ước lượng.",
                $"The {earlier.Year} figure is back-cast from a unit that was split, so it is only an estimate.");
        }

        return (true,
            $"Số liệu năm {earlier.Year} được tính ngược từ {string.Join(", ", backCast.Predecessors)} theo quy tắc {RuleNameVi(backCast.Rule)}.",
            $"The {earlier.Year} figure is back-cast from {string.Join(", ", backCast.Predecessors)} by {RuleNameEn(backCast.Rule)}.");
    }

    /// <summary>The rule's name in Vietnamese.</summary>
    public static string RuleNameVi(BackCastRule rule) => rule switch
    {
        BackCastRule.Mean => "bình quân cộng",
        BackCastRule.PopulationWeighted => "bình quân gia quyền theo dân số",
        BackCastRule.Recompute => "tính lại từ số liệu đầu vào",
    };

    /// <summary>The rule's name in English.</summary>
    public static string RuleNameEn(BackCastRule rule) => rule switch
    {
        BackCastRule.Mean => "plain mean",
        BackCastRule.PopulationWeighted => "population-weighted mean",
        BackCastRule.Recompute => "recomputation from the inputs",
    };
}
