namespace ChiSo.Web.Features.Progress;

/// <summary>The board's sortable columns, chosen by the query string so that sorting works without script.</summary>
public static class ProgressSorting
{
    public static readonly IReadOnlyList<string> Keys = ["code", "name", "status", "percent", "deadline"];

    public static string Normalise(string? key) => key is not null && Keys.Contains(key) ? key : "code";

    public static IReadOnlyList<UnitProgressRow> Sort(IEnumerable<UnitProgressRow> rows, string? key, bool descending)
    {
        var ordered = Normalise(key) switch
        {
            "name" => Order(rows, r => r.Name, StringComparer.CurrentCulture, descending),
            "status" => Order(rows, r => r.Status is { } s ? (int)s : -1, Comparer<int>.Default, descending),
            "percent" => Order(rows, r => r.Percent, Comparer<double>.Default, descending),
            "deadline" => Order(rows, r => r.Deadline ?? DateOnly.MaxValue, Comparer<DateOnly>.Default, descending),
            _ => Order(rows, r => r.Code, StringComparer.Ordinal, descending),
        };

        // Ties keep a stable, predictable order.
        return [.. ordered.ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static IOrderedEnumerable<UnitProgressRow> Order<T>(IEnumerable<UnitProgressRow> rows, Func<UnitProgressRow, T> key, IComparer<T> comparer, bool descending) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
