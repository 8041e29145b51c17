using ChiSo.Web.Features.Shared;
using System.Globalization;
using ChiSo.Engine.Ranking;

namespace ChiSo.Web.Features.Results;

/// <summary>How a ranking's numbers and moves are written for people (the page, the workbook) and for machines (CSV, JSON).</summary>
public static class RankingTexts
{
    /// <summary>The shown number in Vietnamese form with the framework's decimals (541,46; 0,5415); "–" when missing.</summary>
    public static string Number(RankingView view, double value)
    {
        ArgumentNullException.ThrowIfNull(view);
        return L.Number(value, view.Display.Decimals);
    }

    /// <summary>A rank, or "–" for a unit that is not ranked.</summary>
    public static string Rank(int rank) => rank == Ranker.Unranked ? "–" : rank.ToString(CultureInfo.InvariantCulture);

    /// <summary>The move as the ministry writes it: ↑15, ↓2, =, mới (new); empty when the unit is not ranked now.</summary>
    public static string Shown(RankMove move) => move.Kind switch
    {
        MovementKind.Up => "↑" + move.Places.ToString(CultureInfo.InvariantCulture),
        MovementKind.Down => "↓" + (-move.Places).ToString(CultureInfo.InvariantCulture),
        MovementKind.Same => "=",
        MovementKind.New => L.T("mới", "new"),
        MovementKind.None => "",
    };

    /// <summary>The same move in words, for screen readers and the workbook's notes.</summary>
    public static string Spoken(RankMove move) => move.Kind switch
    {
        MovementKind.Up => L.T($"tăng {move.Places} bậc (từ hạng {move.Earlier})", $"up {move.Places} places (from rank {move.Earlier})"),
        MovementKind.Down => L.T($"giảm {-move.Places} bậc (từ hạng {move.Earlier})", $"down {-move.Places} places (from rank {move.Earlier})"),
        MovementKind.Same => L.T("giữ nguyên thứ hạng", "same rank"),
        MovementKind.New => L.T("mới: không có thứ hạng trước để so sánh", "new: no earlier rank to compare with"),
        MovementKind.None => L.T("không xếp hạng", "not ranked"),
    };

    /// <summary>The move for machines: +15, -2, 0, new; empty when the unit is not ranked now.</summary>
    public static string Machine(RankMove move) => move.Kind switch
    {
        MovementKind.Up => "+" + move.Places.ToString(CultureInfo.InvariantCulture),
        MovementKind.Down => move.Places.ToString(CultureInfo.InvariantCulture),
        MovementKind.Same => "0",
        MovementKind.New => "new",
        MovementKind.None => "",
    };

    public static string CssClass(RankMove move) => move.Kind switch
    {
        MovementKind.Up => "ranking-up",
        MovementKind.Down => "ranking-down",
        MovementKind.Same => "ranking-same",
        MovementKind.New => "ranking-new",
        MovementKind.None => "",
    };

    public static string Level(UnitLevel level) => UnitLevelNames.Of(level);

    /// <summary>"Điểm" or "Giá trị", the heading of the shown numbers.</summary>
    public static string Measure(RankingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.AsPoints ? L.T("Điểm", "Points") : L.T("Giá trị", "Value");
    }
}
