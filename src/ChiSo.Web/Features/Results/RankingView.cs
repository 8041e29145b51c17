using ChiSo.Web.Features.Shared;
using ChiSo.Data.Results;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Ranking;

namespace ChiSo.Web.Features.Results;

/// <summary>The campaign a ranking is compared with, and each shown column's moves (by column index).</summary>
/// <param name="Earlier">The earlier campaign's published result.</param>
/// <param name="Rule">How the earlier ranks were found.</param>
/// <param name="Moves">The moves of each shown column that the earlier campaign also has, by the column's index.</param>
public sealed record RankingComparison(CampaignResults Earlier, ComparisonRule Rule, IReadOnlyDictionary<int, NodeMovement> Moves)
{
    /// <summary>The sentence that says what the movement compares with.</summary>
    public string Sentence() => Rule switch
    {
        ComparisonRule.OwnRank => L.T(
            $"So với năm {Earlier.Campaign.Year} ({Earlier.Campaign.Name}): thứ hạng đã công bố của chính mỗi đơn vị.",
            $"Against {Earlier.Campaign.Year} ({Earlier.Campaign.Name}): each unit's own published rank."),
        ComparisonRule.BackCastMean => L.T(
            $"So với năm {Earlier.Campaign.Year} ({Earlier.Campaign.Name}): tỉnh sau sáp nhập so với trung bình các tỉnh trước sáp nhập (quy tắc {Engine.Lineage.YearOverYear.RuleNameVi(Engine.Lineage.BackCastRule.Mean)}), xếp hạng lại giữa các đơn vị hiện nay; đơn vị không thay đổi so với chính nó.",
            $"Against {Earlier.Campaign.Year} ({Earlier.Campaign.Name}): a merged province against the mean of the provinces it replaced ({Engine.Lineage.YearOverYear.RuleNameEn(Engine.Lineage.BackCastRule.Mean)}), ranked again among the current units; unchanged units against themselves."),
    };
}

/// <summary>
/// A ranking ready to show or download: the shown columns (the chosen depth, then the total), every unit that passes
/// the filters in the chosen order, and the page of it the page shows.
/// </summary>
public sealed class RankingView
{
    public required CampaignResults Results { get; init; }

    public required RankingRequest Request { get; init; }

    /// <summary>The node whose children are shown; null for the main indices.</summary>
    public ResultColumn? Parent { get; init; }

    /// <summary>The shown columns: the children (or main indices and views), then the parent node, then the total.</summary>
    public required IReadOnlyList<ResultColumn> Columns { get; init; }

    /// <summary>Every unit that passes the filters, in the chosen order (indices into <see cref="CampaignResults.Units"/>).</summary>
    public required int[] Rows { get; init; }

    public required int Page { get; init; }

    public int PageCount => Math.Max(1, (Rows.Length + RankingRequest.PageSize - 1) / RankingRequest.PageSize);

    /// <summary>The rows of the shown page.</summary>
    public ReadOnlySpan<int> PageRows => Rows.AsSpan(Math.Min(Rows.Length, (Page - 1) * RankingRequest.PageSize),
        Math.Max(0, Math.Min(RankingRequest.PageSize, Rows.Length - ((Page - 1) * RankingRequest.PageSize))));

    /// <summary>The column sorted by and whether the order is reversed.</summary>
    public required string SortKey { get; init; }

    public required bool Descending { get; init; }

    public RankingComparison? Comparison { get; init; }

    /// <summary>The region of each unit (by unit index), null where none applies.</summary>
    public required Region?[] Regions { get; init; }

    public DisplayOptions Display => Results.Definition.Display;

    public bool AsPoints => Display.As == DisplayAs.Points;

    /// <summary>The number shown for a unit in a column: points (the total on the framework's scale) or the value.</summary>
    public double Shown(ResultColumn column, int unit) => Shown(Results, column, unit);

    public static double Shown(CampaignResults results, ResultColumn column, int unit)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(column);
        var display = results.Definition.Display;
        return display.As == DisplayAs.Value ? results.Stored.Value(column.Index, unit)
            : column.Index == 0 && display.Total is { } total ? results.Stored.Value(0, unit) * total
            : results.Stored.Points(column.Index, unit);
    }

    /// <summary>The most points a column can give on the shown scale (the total's on the framework's scale).</summary>
    public double? Max(ResultColumn column) => column.Index == 0 && Display.Total is { } total ? total : column.MaxPoints;

    public bool HasMoves(ResultColumn column) => Comparison?.Moves.ContainsKey(column.Index) == true;

    public RankMove? Move(ResultColumn column, int unit) =>
        Comparison is { } c && c.Moves.TryGetValue(column.Index, out var moves) ? moves.Moves[unit] : null;
}
