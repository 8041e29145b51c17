using System.Text.Json;
using ChiSo.Data.Results;
using ChiSo.Engine.Ranking;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Results;

/// <summary>What the map colours by: the figure the framework shows (points or the 0–1 value, as the ranking does) or the rank.</summary>
public enum MapMeasure
{
    Value,
    Rank,
}

/// <summary>One province on the map: the unit itself, or the average of a commune campaign's communes in it.</summary>
/// <remarks>Code: The province code, as the layer's <c>code</c> property holds it. Value: The shown figure (<see cref="RankingView.Shown(CampaignResults, ResultColumn, int)"/>), or its mean over the communes. Figure: What is coloured: the value, or the rank. Communes: How many communes the average is of; 0 for a province-level campaign.</remarks>
public sealed record MapItem(string Code, string Name, double Value, int Rank, int Ranked, double Figure, int Class, string Href, int Communes);

/// <summary>
/// A campaign's map of one column (node or view): one item per province, the legend's classes, and the data block
/// the script reads (wwwroot/js/results-map.js). Built from the cached results alone.
/// </summary>
public sealed record MapData(ResultColumn Column, MapMeasure Measure, bool OfCommunes, IReadOnlyList<MapItem> Items, IReadOnlyList<MapClass> Classes)
{
    /// <summary>True when the framework shows points: the figures are points, with its decimals (541,46), not 0–1 values.</summary>
    public bool AsPoints { get; init; }

    /// <summary>The framework's decimals for the shown figure.</summary>
    public int Decimals { get; init; }

    /// <summary>The name of the shown figure: "Điểm" or "Giá trị".</summary>
    public string FigureName => AsPoints ? L.T("Điểm", "Points") : L.T("Giá trị", "Value");

    /// <summary>The same in a sentence: "điểm" or "giá trị".</summary>
    public string FigureWord => AsPoints ? L.T("điểm", "points") : L.T("giá trị", "value");

    /// <summary>Hoàng Sa and Trường Sa: part of Đà Nẵng's and Khánh Hòa's features in both layers, labelled on the map.</summary>
    public static IReadOnlyList<(string Vi, string En, double Lon, double Lat)> Islands { get; } =
    [
        ("Quần đảo Hoàng Sa (Việt Nam)", "Hoàng Sa Archipelago (Viet Nam)", 112.0, 16.5),
        ("Quần đảo Trường Sa (Việt Nam)", "Trường Sa Archipelago (Viet Nam)", 114.3, 10.0),
    ];

    public static MapData Build(CampaignResults results, ResultColumn column, MapMeasure measure, int decimals)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(column);
        var communes = results.Units.Any(u => u.ParentCode is not null);
        var rows = communes ? Averages(results, column) : Provinces(results, column);
        var figures = rows.Select(r => measure == MapMeasure.Rank ? (r.Rank > 0 ? r.Rank : double.NaN) : r.Value).ToList();
        var classes = MapClasses.Quantiles(figures, MapClasses.Count, (min, max) => measure == MapMeasure.Rank
            ? (min == max ? $"{min:0}" : $"{min:0}–{max:0}")
            : (min == max ? UnitProfileText.Value(min, decimals) : $"{UnitProfileText.Value(min, decimals)} – {UnitProfileText.Value(max, decimals)}"));
        var items = rows.Select((r, i) => r with { Figure = figures[i], Class = double.IsFinite(figures[i]) ? MapClasses.Of(classes, figures[i]) : -1 }).ToList();
        return new MapData(column, measure, communes, items, classes)
        {
            AsPoints = results.Definition.Display.As == Engine.Frameworks.DisplayAs.Points,
            Decimals = decimals,
        };
    }

    private static List<MapItem> Provinces(CampaignResults results, ResultColumn column)
    {
        var ranked = results.Units.Count(u => results.Stored.Rank(column.Index, u.Index) > 0);
        return [.. results.Units.Select(u => new MapItem(u.Code, u.Name, RankingView.Shown(results, column, u.Index), results.Stored.Rank(column.Index, u.Index),
            ranked, double.NaN, -1, $"/public/campaigns/{results.Campaign.Id}/units/{Uri.EscapeDataString(u.Code)}", 0))];
    }

    /// <summary>Per province: the mean shown figure of its communes, and the provinces ranked by that mean.</summary>
    private static List<MapItem> Averages(CampaignResults results, ResultColumn column)
    {
        var groups = results.Units.Where(u => u.ParentCode is not null).GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var means = groups.Select(g =>
        {
            var values = g.Select(u => RankingView.Shown(results, column, u.Index)).Where(double.IsFinite).ToList();
            return values.Count == 0 ? double.NaN : values.Average();
        }).ToArray();
        var ranks = Ranker.Rank(means);
        var ranked = ranks.Count(r => r > 0);
        return [.. groups.Select((g, i) => new MapItem(g.Key, g.First().ParentName ?? g.Key, means[i], ranks[i], ranked, double.NaN, -1,
            $"/public/campaigns/{results.Campaign.Id}?province={Uri.EscapeDataString(g.Key)}", g.Count()))];
    }

    /// <summary>The script's data block; the default encoder escapes &lt;, &gt; and &amp;, so it is safe in a script element.</summary>
    public string Json(MapLayer layer, string layerUrl, string title) => JsonSerializer.Serialize(new
    {
        geo = layerUrl,
        layer = layer.Provinces,
        measure = Measure == MapMeasure.Rank ? "rank" : "value",
        title,
        decimals = Decimals,
        valueName = FigureName,
        rankName = L.T("Xếp hạng", "Rank"),
        noData = L.T("Không có số liệu", "No data"),
        classes = Classes.Select(c => new { min = Math.Round(c.Min, 6), max = Math.Round(c.Max, 6), label = c.Label }),
        items = Items.Select(i => new
        {
            code = i.Code, name = i.Name, value = double.IsFinite(i.Value) ? Math.Round(i.Value, 6) : (double?)null, rank = i.Rank, ranked = i.Ranked,
            figure = double.IsFinite(i.Figure) ? Math.Round(i.Figure, 6) : (double?)null, href = i.Href,
        }),
        islands = Islands.Select(x => new { name = L.T(x.Vi, x.En), lon = x.Lon, lat = x.Lat }),
    }, JsonSerializerOptions.Web);
}
