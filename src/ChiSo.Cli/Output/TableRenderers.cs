using System.Globalization;
using System.Text.Json;
using ChiSo.Engine;
using ChiSo.Files.Results;

namespace ChiSo.Cli.Output;

/// <summary>Writes a <see cref="ResultTable"/> as an aligned text table, CSV or JSON.</summary>
internal static class TableRenderers
{
    /// <summary>
    /// For people: the first rank column (the total's) first, then the names and scores; the other ranks are in
    /// the csv, json and xlsx outputs.
    /// </summary>
    public static void WriteText(ResultTable table, TextWriter writer, Language language)
    {
        var ranks = Enumerable.Range(0, table.Columns.Length).Where(i => table.Columns[i].Kind == ColumnKind.Rank).ToList();
        var shown = ranks.Take(1).Concat(Enumerable.Range(0, table.Columns.Length).Where(i => table.Columns[i].Kind != ColumnKind.Rank)).ToArray();
        var columns = shown.Select(i => table.Columns[i]).ToArray();
        var cells = table.Rows.Select(row => shown.Select(i => Human(row[i], table.Columns[i], language)).ToArray()).ToList();
        var headers = columns.Select(c => c.Kind == ColumnKind.Rank ? (language == Language.En ? "Rank" : "Hạng") : c.Title).ToArray();
        var widths = headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(table.Title);
        writer.WriteLine(Line(headers, widths, columns));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('─', w))));
        foreach (var row in cells)
        {
            writer.WriteLine(Line(row, widths, columns));
        }
    }

    public static void WriteCsv(ResultTable table, Stream stream) => CsvRows.Write(table, stream);

    public static void WriteJson(ResultTable table, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("title", table.Title);
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                json.WritePropertyName(table.Columns[i].Name);
                switch (row[i])
                {
                    case double d when double.IsNaN(d):
                    case int z when z == 0 && table.Columns[i].Kind == ColumnKind.Rank:
                    case null:
                        json.WriteNullValue();
                        break;
                    case double d:
                        json.WriteNumberValue(d);
                        break;
                    case int n:
                        json.WriteNumberValue(n);
                        break;
                    case DateOnly d:
                        json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        break;
                    case LabelledCell l:
                        json.WriteStringValue(l.Machine);
                        break;
                    default:
                        json.WriteStringValue(Convert.ToString(row[i], CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Line(string[] cells, int[] widths, ResultColumn[] columns) =>
        string.Join("  ", cells.Select((c, i) => columns[i].Kind == ColumnKind.Text ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();

    private static string Human(object? cell, ResultColumn column, Language language) => cell switch
    {
        DateOnly d => language == Language.En ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : VietnameseFormat.Date(d),
        LabelledCell l => language == Language.En ? l.En : l.Vi,
        double d => VietnameseFormat.Number(d, column.Decimals, language),
        int z when z == 0 && column.Kind == ColumnKind.Rank => "–",
        int n => n.ToString(CultureInfo.InvariantCulture),
        null => "",
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };

    internal static string Machine(object? cell, ResultColumn column) => cell switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LabelledCell l => Quote(l.Machine),
        double d => VietnameseFormat.Machine(d),
        int z when z == 0 && column.Kind == ColumnKind.Rank => "",
        int n => n.ToString(CultureInfo.InvariantCulture),
        null => "",
        _ => Quote(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? ""),
    };

    internal static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
