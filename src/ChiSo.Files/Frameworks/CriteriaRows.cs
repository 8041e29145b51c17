using System.Collections.Immutable;
using System.Text;
using ChiSo.Engine;
using ClosedXML.Excel;
using ChiSo.Files.Csv;

namespace ChiSo.Files.Frameworks;

/// <summary>One data row of a criteria list: its line (or sheet row) and its cells by column key, with positions.</summary>
internal sealed record CriteriaRow(int Line, ImmutableDictionary<string, string> Cells, ImmutableDictionary<string, int> Columns)
{
    public string? Text(string key) => Cells.TryGetValue(key, out var text) && text.Length > 0 ? text : null;

    public SourceSpan At(string key) => new(Line, Columns.GetValueOrDefault(key));
}

/// <summary>Reads the rows of a criteria list from CSV text or a worksheet, finding columns by header name.</summary>
internal static class CriteriaRows
{
    public static List<CriteriaRow>? FromCsv(TextReader text, string file, List<Problem> problems)
    {
        var (header, records, broken) = CsvRecords.Read(text, file);
        if (!broken.IsEmpty)
        {
            problems.AddRange(broken);
            return null;
        }

        var columns = ImmutableDictionary.CreateBuilder<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            if (KeyOf(header[i]) is { } key && !columns.ContainsKey(key))
            {
                columns[key] = i + 1;
            }
        }

        if (!HasRequiredColumns(columns, file, problems))
        {
            return null;
        }

        var positions = columns.ToImmutable();
        return [.. records.Select(r => new CriteriaRow(r.Line, positions.ToImmutableDictionary(c => c.Key, c => r.Field(c.Value - 1)), positions))];
    }

    public static List<CriteriaRow>? FromSheet(IXLWorksheet sheet, string file, List<Problem> problems)
    {
        var table = SheetTable.Open(sheet, file, WorkbookLayout.CriteriaColumns, problems);
        if (table is null)
        {
            return null;
        }

        var positions = WorkbookLayout.CriteriaColumns
            .Where(c => table.At(1, c.Key).Column > 0)
            .ToImmutableDictionary(c => c.Key, c => table.At(1, c.Key).Column);
        return [.. table.Rows().Select(row => new CriteriaRow(
            row, positions.ToImmutableDictionary(c => c.Key, c => table.Text(row, c.Key) ?? ""), positions))];
    }

    private static bool HasRequiredColumns(ImmutableDictionary<string, int>.Builder columns, string file, List<Problem> problems)
    {
        var missing = WorkbookLayout.CriteriaColumns.Where(c => c.Required && !columns.ContainsKey(c.Key)).ToList();
        problems.AddRange(missing.Select(c => WorkbookProblems.MissingColumn(file, c.Title, c.Key)));
        return missing.Count == 0;
    }

    private static string? KeyOf(string header)
    {
        var normal = header.Normalize(NormalizationForm.FormC).Trim();
        return WorkbookLayout.CriteriaColumns.FirstOrDefault(c =>
            string.Equals(c.Key, normal, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(c.Title, normal, StringComparison.OrdinalIgnoreCase))?.Key;
    }
}
