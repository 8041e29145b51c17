using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Scoring;
using ClosedXML.Excel;

namespace ChiSo.Files.Collection;

/// <summary>
/// Reads a filled unit workbook. Rows are found by their hidden keys, not by position; every value cell is checked
/// with the engine's <see cref="InputCodec"/>, the same rule as the data-entry form, and every bad cell is reported.
/// </summary>
public static class UnitWorkbookReader
{
    /// <summary>Reads the values of <paramref name="input"/> for the framework of <paramref name="plan"/>.</summary>
    public static UnitWorkbookReading Read(Stream input, string fileName, ScoringPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var fileProblems = new List<Problem>();
        using var workbook = WorkbookFile.Open(input, fileName, fileProblems);
        if (workbook is null)
        {
            return new UnitWorkbookReading([], [.. fileProblems.Select(p => new WorkbookCellProblem("", "", p))]);
        }

        if (!workbook.TryGetWorksheet(UnitWorkbookLayout.EntrySheet, out var sheet))
        {
            return Failed(UnitWorkbookProblems.MissingSheet(fileName));
        }

        var header = FindHeader(sheet);
        if (header is not { } columns)
        {
            return Failed(UnitWorkbookProblems.MissingKeys(fileName));
        }

        return ReadRows(sheet, columns, fileName, plan);
    }

    private static UnitWorkbookReading ReadRows(IXLWorksheet sheet, (int Row, int Criterion, int Input, int Value) columns, string fileName, ScoringPlan plan)
    {
        var values = ImmutableArray.CreateBuilder<WorkbookCellValue>();
        var problems = ImmutableArray.CreateBuilder<WorkbookCellProblem>();
        var seen = new HashSet<(string, string)>();
        var last = sheet.LastRowUsed()?.RowNumber() ?? columns.Row;
        for (var row = columns.Row + 1; row <= last; row++)
        {
            var criterion = sheet.Cell(row, columns.Criterion).GetString().Trim();
            var id = sheet.Cell(row, columns.Input).GetString().Trim();
            if (criterion.Length == 0 && id.Length == 0)
            {
                continue;
            }

            var cell = sheet.Cell(row, columns.Value);
            var address = cell.Address.ToString() ?? "";
            var at = new SourceSpan(row, columns.Value);
            if (!plan.TryGetIndex(criterion, out var node) || plan.Nodes[node].Inputs.FirstOrDefault(i => i.Id == id) is not { } definition)
            {
                problems.Add(new(sheet.Name, address, UnitWorkbookProblems.UnknownKey(fileName, at, criterion, id)));
                continue;
            }

            if (!seen.Add((criterion, id)))
            {
                problems.Add(new(sheet.Name, address, UnitWorkbookProblems.Duplicate(fileName, at, criterion, id)));
                continue;
            }

            var text = UnitWorkbookCells.Read(cell, definition);
            if (!InputCodec.TryEncode(definition, text, out _, out _, out var problem))
            {
                problems.Add(new(sheet.Name, address, UnitWorkbookProblems.BadValue(fileName, at, address, criterion, problem)));
                continue;
            }

            values.Add(new WorkbookCellValue(criterion, id, text, sheet.Name, address));
        }

        return new UnitWorkbookReading(values.ToImmutable(), problems.ToImmutable());
    }

    private static (int Row, int Criterion, int Input, int Value)? FindHeader(IXLWorksheet sheet)
    {
        var last = Math.Min(sheet.LastRowUsed()?.RowNumber() ?? 0, 30);
        for (var row = 1; row <= last; row++)
        {
            // Data rows repeat texts (a criterion code in two columns): the first column with a text is the one kept,
            // so a header row deleted by hand ends as "keys missing", never as a crash on a duplicate.
            var cells = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var cell in sheet.Row(row).CellsUsed())
            {
                cells.TryAdd(cell.GetString().Trim(), cell.Address.ColumnNumber);
            }

            if (cells.TryGetValue(UnitWorkbookLayout.CriterionKey, out var criterion)
                && cells.TryGetValue(UnitWorkbookLayout.InputKey, out var input)
                && cells.TryGetValue(UnitWorkbookLayout.ValueTitle, out var value))
            {
                return (row, criterion, input, value);
            }
        }

        return null;
    }

    private static UnitWorkbookReading Failed(Problem problem) => new([], [new WorkbookCellProblem("", "", problem)]);
}
