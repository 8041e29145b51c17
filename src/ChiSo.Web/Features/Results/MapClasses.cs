namespace ChiSo.Web.Features.Results;

/// <summary>One class of the map's legend: the units whose figure lies in [Min, Max].</summary>
public sealed record MapClass(double Min, double Max, string Label);

/// <summary>Class breaks of a choropleth: quantiles, so each colour holds about as many units.</summary>
public static class MapClasses
{
    public const int Count = 5;

    /// <summary>
    /// Up to <paramref name="count"/> quantile classes of the finite <paramref name="figures"/>, lowest first; classes
    /// that would be empty because of ties are merged away. <paramref name="label"/> writes a class's bounds.
    /// </summary>
    public static IReadOnlyList<MapClass> Quantiles(IEnumerable<double> figures, int count, Func<double, double, string> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var sorted = figures.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return [];
        }

        var classes = new List<MapClass>(count);
        var start = 0;
        for (var k = 1; k <= count && start < sorted.Length; k++)
        {
            var end = k == count ? sorted.Length - 1 : Math.Max(start, (int)Math.Ceiling(k * sorted.Length / (double)count) - 1);
            // Ties stay in one class: a unit's colour must not depend on which of two equal figures came first.
            while (end + 1 < sorted.Length && sorted[end + 1] == sorted[end])
            {
                end++;
            }

            classes.Add(new MapClass(sorted[start], sorted[end], label(sorted[start], sorted[end])));
            start = end + 1;
        }

        return classes;
    }

    /// <summary>The class of a figure, or -1.</summary>
    public static int Of(IReadOnlyList<MapClass> classes, double figure)
    {
        ArgumentNullException.ThrowIfNull(classes);
        for (var i = 0; i < classes.Count; i++)
        {
            if (figure >= classes[i].Min && figure <= classes[i].Max)
            {
                return i;
            }
        }

        return -1;
    }
}
