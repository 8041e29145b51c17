namespace ChiSo.Engine.Composite;

/// <summary>Fills missing values of one indicator column in place.</summary>
internal static class Imputer
{
    public static void Impute(Span<double> x, ImputationMethod method, IReadOnlyList<string?>? groups)
    {
        switch (method)
        {
            case ImputationMethod.None:
                return;
            case ImputationMethod.ColumnMean:
                Fill(x, ColumnStatistics.Mean(x).Mean);
                return;
            case ImputationMethod.GroupMean:
                GroupMean(x, groups ?? throw new ArgumentNullException(nameof(groups)));
                return;
        }
    }

    private static void Fill(Span<double> x, double value)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                x[i] = value;
            }
        }
    }

    private static void GroupMean(Span<double> x, IReadOnlyList<string?> groups)
    {
        var sums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && groups[i] is { } g)
            {
                sums.TryGetValue(g, out var s);
                sums[g] = (s.Sum + x[i], s.Count + 1);
            }
        }

        var columnMean = ColumnStatistics.Mean(x).Mean;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                x[i] = groups[i] is { } g && sums.TryGetValue(g, out var s) ? s.Sum / s.Count : columnMean;
            }
        }
    }
}
