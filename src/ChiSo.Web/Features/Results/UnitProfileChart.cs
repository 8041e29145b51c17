using System.Text.Json;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Results;

/// <summary>
/// The data block the profile's charts read (wwwroot/js/results-profile.js): the radar of the main indices against the
/// average and the best unit, and the time series. Serialised with the default encoder, which escapes &lt;, &gt; and
/// &amp;, so it is safe inside a <c>script type="application/json"</c> element.
/// </summary>
public static class UnitProfileChart
{
    public sealed record Axis(string Code, string Name, double Unit, double Average, double Best);

    public sealed record Point(int Year, double? Value, int Rank, string Note);

    public sealed record Data(string UnitName, string AverageName, string BestName, IReadOnlyList<Axis> Axes, IReadOnlyList<Point> Years,
        string ValueName, string RankName);

    public static Data Build(UnitProfile profile, IReadOnlyList<UnitProfileYear> years)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(years);
        var results = profile.Results;
        var bestIndex = results.Stored.Ranking(0).FirstOrDefault();
        var best = results.Units.Count > 0 ? results.Units[bestIndex] : profile.Unit;
        var axes = profile.MainIndices.Select(r => new Axis(r.Column.Code, r.Column.Name.Shown, Finite(r.Value),
            Finite(UnitProfile.MeanValue(results, r.Column.Index)), Finite(results.Stored.Value(r.Column.Index, best.Index)))).ToList();
        return new Data(profile.Unit.Name, L.T("Trung bình", "Average"), L.T($"Cao nhất: {best.Name}", $"Best: {best.Name}"), axes,
            [.. years.Select(y => new Point(y.Year, double.IsFinite(y.Value) ? Math.Round(y.Value, 6) : null, y.Rank, UnitProfileText.Lineage(y)))],
            L.T("Giá trị", "Value"), L.T("Xếp hạng", "Rank"));
    }

    public static string Json(Data data) => JsonSerializer.Serialize(data, JsonSerializerOptions.Web);

    private static double Finite(double value) => double.IsFinite(value) ? Math.Round(value, 6) : 0;
}
