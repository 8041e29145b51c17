using ChiSo.Engine.Frameworks;
using ChiSo.Web.Features.Objections;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Results;

/// <summary>A profile's figures in words: points as the ministry writes them, values with the framework's decimals, ranks of n.</summary>
public static class UnitProfileText
{
    public static string Points(double points, int decimals) => RoundFormat.Points(points, decimals);

    public static string Value(double value, int decimals) => double.IsFinite(value) ? L.Number(value, decimals) : "–";

    /// <summary>Points of max ("541,46/1.000") when the node states a maximum.</summary>
    public static string PointsOf(UnitProfileRow row, int decimals) =>
        row.Column.MaxPoints is { } max ? $"{Points(row.Points, decimals)}/{Points(max, decimals)}" : Points(row.Points, decimals);

    /// <summary>The figure the framework shows (points or value).</summary>
    public static string Figure(UnitProfileRow row, DisplayOptions display)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(display);
        return display.As == DisplayAs.Points ? PointsOf(row, display.Decimals) : Value(row.Value, display.Decimals);
    }

    /// <summary>"46/63", or a dash when unranked.</summary>
    public static string Rank(int rank, int ranked) => rank > 0 ? $"{RoundFormat.Rank(rank)}/{ranked}" : "–";

    public static string Lineage(UnitProfileYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var names = string.Join(", ", year.Lineage);
        return year.Rule switch
        {
            LineageRule.Same => "",
            LineageRule.Predecessor => L.T($"trước sáp nhập: {names}", $"before the merger: {names}"),
            LineageRule.MeanOfPredecessors => L.T($"trước sáp nhập: trung bình của {names}", $"before the merger: mean of {names}"),
            LineageRule.Successor => L.T($"sau sáp nhập: thuộc {names}", $"after the merger: part of {names}"),
        };
    }
}
