using ChiSo.Web.Features.Shared;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Results;
using ResultColumnShown = ChiSo.Data.Results.ResultColumn;

namespace ChiSo.Web.Features.Results;

/// <summary>
/// The downloads of a ranking, with the page's filters and order (every matching unit, not one page): the workbook in
/// the ministry's layout, CSV through the app's one CSV writer, and JSON.
/// </summary>
public static class RankingFiles
{
    /// <summary>The sheet <c>chiso compute --framework … --data ranking.xlsx</c> reads back (the first sheet).</summary>
    public const string DataSheet = "Dữ liệu";

    /// <summary>
    /// The workbook: first the data sheet (uCode, uName, group, then each main index's points, full precision: what
    /// <c>chiso compute</c> reads to score the same totals again), then the ministry's table, on which it opens: per
    /// index its value or points, its rank and its move, the total last, under a header band with each index's name.
    /// </summary>
    public static byte[] Workbook(RankingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var output = new MemoryStream();
        ResultsWorkbook.Write([DataTable(view), Shown(view, forPeople: true)], output, active: 1);
        return output.ToArray();
    }

    /// <summary>The table as CSV: UTF-8 with a byte-order mark, invariant numbers, machine headers (<c>CODE.value</c>, <c>CODE.rank</c>, <c>CODE.move</c>).</summary>
    public static byte[] Csv(RankingView view) => Editions.DiffFiles.Csv(Shown(view, forPeople: false));

    /// <summary>
    /// The table as the people's sheet (Vietnamese headings under bands) or the machines' table (codes): the unit, its
    /// group and region, then for each shown column the shown number, the rank (empty when unranked) and the move.
    /// </summary>
    public static ResultTable Shown(RankingView view, bool forPeople)
    {
        ArgumentNullException.ThrowIfNull(view);
        var measure = view.AsPoints ? "points" : "value";
        var columns = ImmutableArray.CreateBuilder<ResultColumn>();
        var bands = ImmutableArray.CreateBuilder<HeaderBand>();
        columns.Add(new("uCode", L.T("Mã", "Code"), ColumnKind.Text));
        columns.Add(new("uName", L.T("Đơn vị", "Unit"), ColumnKind.Text));
        columns.Add(new("group", L.T("Nhóm", "Group"), ColumnKind.Text));
        columns.Add(new("region", L.T("Vùng", "Region"), ColumnKind.Text));
        bands.Add(new(L.T("Đơn vị", "Unit"), 4));
        foreach (var c in view.Columns)
        {
            var moves = view.HasMoves(c);
            columns.Add(new($"{c.Code}.{measure}", RankingTexts.Measure(view), ColumnKind.Number, view.Display.Decimals));
            columns.Add(new($"{c.Code}.rank", L.T("Xếp hạng", "Rank"), ColumnKind.Rank));
            if (moves)
            {
                columns.Add(new($"{c.Code}.move", L.T("Thay đổi", "Change"), ColumnKind.Text));
            }

            var max = view.AsPoints && view.Max(c) is { } m ? " (" + L.Number(m, 0) + ")" : "";
            bands.Add(new((c.Index == 0 ? L.T("Tổng", "Total") : $"{c.Code}. {L.T(c.Name.Vi, c.Name.En)}") + max, moves ? 3 : 2));
        }

        var rows = new List<object?[]>(view.Rows.Length);
        foreach (var u in view.Rows)
        {
            var unit = view.Results.Units[u];
            var row = new object?[columns.Count];
            var (at, region) = (4, view.Regions[u]);
            (row[0], row[1], row[2], row[3]) = (unit.Code, unit.Name, unit.GroupCode, region is null ? null : forPeople ? L.T(region.Name.Vi, region.Name.En) : region.Key);
            foreach (var c in view.Columns)
            {
                var shown = view.Shown(c, u);
                row[at++] = double.IsNaN(shown) ? null : shown;
                var rank = view.Results.Stored.Rank(c.Index, u);
                row[at++] = forPeople || rank != 0 ? rank : null;
                if (view.Move(c, u) is { } move)
                {
                    row[at++] = forPeople ? RankingTexts.Shown(move) : RankingTexts.Machine(move);
                }
            }

            rows.Add(row);
        }

        var title = forPeople ? L.T("Xếp hạng", "Ranking") : "ranking";
        return new ResultTable(title, columns.ToImmutable(), rows) { Bands = forPeople ? bands.ToImmutable() : [] };
    }

    /// <summary>The rows as <c>chiso compute</c> reads them: each main index's points given directly (its <c>CODE</c> column).</summary>
    public static ResultTable DataTable(RankingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var results = view.Results;
        var nodes = results.Columns.Where(c => c.Depth == 1 && !c.IsView && c.Scored).ToList();
        var withGroups = view.Rows.Any(u => results.Units[u].GroupCode is not null);
        var columns = ImmutableArray.CreateBuilder<ResultColumn>();
        columns.Add(new("uCode", "uCode", ColumnKind.Text));
        columns.Add(new("uName", "uName", ColumnKind.Text));
        if (withGroups)
        {
            columns.Add(new("group", "group", ColumnKind.Text));
        }

        foreach (var n in nodes)
        {
            columns.Add(new(n.Code, n.Code, ColumnKind.Number, results.Definition.Display.Decimals));
        }

        var rows = view.Rows.Select(u =>
        {
            var unit = results.Units[u];
            var row = new List<object?> { unit.Code, unit.Name };
            if (withGroups)
            {
                row.Add(unit.GroupCode);
            }

            row.AddRange(nodes.Select(n => (object?)results.Stored.Points(n.Index, u)));
            return row.ToArray();
        }).ToList();
        return new ResultTable(DataSheet, columns.ToImmutable(), rows);
    }

    /// <summary>The table as JSON: the campaign, the display, the comparison's rule, the columns, and per unit every shown column's figures.</summary>
    public static byte[] Json(RankingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false }))
        {
            var results = view.Results;
            var c = results.Campaign;
            json.WriteStartObject();
            json.WriteStartObject("campaign");
            json.WriteNumber("id", c.Id);
            json.WriteString("name", c.Name);
            json.WriteNumber("year", c.Year);
            json.WriteString("frameworkId", c.FrameworkId);
            json.WriteNumber("edition", c.Edition);
            json.WriteString("title", c.Title);
            json.WriteEndObject();
            json.WriteNumber("snapshotId", results.SnapshotId);
            json.WriteString("publishedAt", DateTime.SpecifyKind(results.CreatedAt, DateTimeKind.Utc));
            json.WriteStartObject("display");
            json.WriteString("as", results.Definition.Display.As == DisplayAs.Points ? "points" : "value");
            json.WriteNumber("decimals", results.Definition.Display.Decimals);
            Number(json, "total", results.Definition.Display.Total ?? double.NaN);
            json.WriteEndObject();
            WriteComparison(json, view);
            json.WriteStartArray("columns");
            foreach (var col in view.Columns)
            {
                WriteColumn(json, view, col);
            }

            json.WriteEndArray();
            json.WriteNumber("count", view.Rows.Length);
            json.WriteStartArray("units");
            foreach (var u in view.Rows)
            {
                WriteUnit(json, view, u);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return output.ToArray();
    }

    public static string FileName(RankingView view, string extension)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Results.Campaign;
        return string.Create(CultureInfo.InvariantCulture, $"xep-hang-{c.FrameworkId}-{c.Year}-{c.Id}{(view.Parent is { } p ? "-" + p.Code : "")}.{extension}");
    }

    private static void WriteComparison(Utf8JsonWriter json, RankingView view)
    {
        if (view.Comparison is not { } comparison)
        {
            json.WriteNull("comparison");
            return;
        }

        json.WriteStartObject("comparison");
        json.WriteNumber("campaignId", comparison.Earlier.Campaign.Id);
        json.WriteNumber("year", comparison.Earlier.Campaign.Year);
        json.WriteString("rule", comparison.Rule == Engine.Ranking.ComparisonRule.OwnRank ? "own-rank" : "back-cast-mean");
        json.WriteString("note", comparison.Sentence());
        json.WriteEndObject();
    }

    private static void WriteColumn(Utf8JsonWriter json, RankingView view, ResultColumnShown col)
    {
        json.WriteStartObject();
        json.WriteString("code", col.Code);
        json.WriteString("name", col.Name.Vi);
        json.WriteString("nameEn", col.Name.En);
        Number(json, "max", view.Max(col) ?? double.NaN);
        json.WriteBoolean("isView", col.IsView);
        json.WriteBoolean("isTotal", col.Index == 0);
        json.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter json, RankingView view, int u)
    {
        var unit = view.Results.Units[u];
        json.WriteStartObject();
        json.WriteString("code", unit.Code);
        json.WriteString("name", unit.Name);
        json.WriteString("group", unit.GroupCode);
        json.WriteString("region", view.Regions[u]?.Key);
        json.WriteStartObject("columns");
        foreach (var col in view.Columns)
        {
            json.WriteStartObject(col.Code);
            Number(json, "points", view.Results.Stored.Points(col.Index, u));
            Number(json, "value", view.Results.Stored.Value(col.Index, u));
            var rank = view.Results.Stored.Rank(col.Index, u);
            if (rank == 0)
            {
                json.WriteNull("rank");
            }
            else
            {
                json.WriteNumber("rank", rank);
            }

            if (view.Move(col, u) is { } move)
            {
                json.WriteString("move", RankingTexts.Machine(move));
                json.WriteNumber("earlierRank", move.Earlier);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
