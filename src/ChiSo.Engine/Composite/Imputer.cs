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
        // Each group's mean as R's mean() over its values in unit order (COINr's i_mean_grp splits, then i_mean).
        var members = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsNaN(x[i]) && groups[i] is { } g)
            {
                if (!members.TryGetValue(g, out var list))
                {
                    members[g] = list = [];
                }

                list.Add(x[i]);
            }
        }

        var means = members.ToDictionary(p => p.Key, p => ColumnStatistics.Mean(p.Value.ToArray()).Mean, StringComparer.Ordinal);
        var columnMean = ColumnStatistics.Mean(x).Mean;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]))
            {
                x[i] = groups[i] is { } g && means.TryGetValue(g, out var mean) ? mean : columnMean;
            }
        }
    }
}
