using ChiSo.Files.Results;

namespace ChiSo.Cli.Output;

/// <summary>Writes a <see cref="ResultTable"/> as a workbook through ChiSo.Files.</summary>
internal static class ResultWorkbookAdapter
{
    public static void Write(ResultTable table, Stream stream)
    {
        var decimals = table.Columns.Where(c => c.Kind == ColumnKind.Number).Select(c => c.Decimals).DefaultIfEmpty(4).Max();
        var rows = table.Rows
            .Select(row => (IReadOnlyList<object?>)row.Select((cell, i) => cell switch
            {
                0 when table.Columns[i].Kind == ColumnKind.Rank => null,
                LabelledCell l => l.Vi,
                _ => cell,
            }).ToArray())
            .ToList();
        var workbook = new global::ChiSo.Files.Results.ResultTable(table.Title, [.. table.Columns.Select(c => c.Title)], rows, decimals);
        ResultsWorkbook.Write(workbook, stream);
    }
}
