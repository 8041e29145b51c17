using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ChiSo.Engine;
using ClosedXML.Excel;

namespace ChiSo.Files.Frameworks;

/// <summary>
/// A worksheet read as a table: columns are found by their header (Vietnamese title or machine key, in any order,
/// extra columns ignored) and cells are read by key. Every bad cell adds a problem and reads as missing.
/// </summary>
internal sealed class SheetTable
{
    private readonly IXLWorksheet sheet;
    private readonly Dictionary<string, int> columnOf;
    private readonly Dictionary<string, WorkbookColumn> layout;
    private readonly List<Problem> problems;

    private SheetTable(IXLWorksheet sheet, string file, Dictionary<string, int> columnOf, ImmutableArray<WorkbookColumn> layout, List<Problem> problems)
    {
        this.sheet = sheet;
        File = file;
        this.columnOf = columnOf;
        this.layout = layout.ToDictionary(c => c.Key);
        this.problems = problems;
    }

    /// <summary>The file name shown in problems, e.g. <c>khung.xlsx[Cây]</c>.</summary>
    public string File { get; }

    public static string FileOf(string fileName, string sheetName) => $"{fileName}[{sheetName}]";

    /// <summary>Opens a sheet, or returns null (adding a problem unless <paramref name="optional"/>) when it is missing or lacks a required column.</summary>
    public static SheetTable? Open(
        XLWorkbook workbook, string fileName, string sheetName, ImmutableArray<WorkbookColumn> layout, List<Problem> problems, bool optional = false)
    {
        if (!workbook.TryGetWorksheet(sheetName, out var sheet))
        {
            if (!optional)
            {
                problems.Add(WorkbookProblems.MissingSheet(fileName, sheetName));
            }

            return null;
        }

        return Open(sheet, FileOf(fileName, sheetName), layout, problems);
    }

    public static SheetTable? Open(IXLWorksheet sheet, string file, ImmutableArray<WorkbookColumn> layout, List<Problem> problems)
    {
        var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        for (var column = 1; column <= lastColumn; column++)
        {
            var header = Normalise(sheet.Cell(1, column).GetString());
            var match = layout.FirstOrDefault(c => Normalise(c.Title) == header || Normalise(c.Key) == header);
            if (match is not null && !columnOf.ContainsKey(match.Key))
            {
                columnOf[match.Key] = column;
            }
        }

        var missing = layout.Where(c => c.Required && !columnOf.ContainsKey(c.Key)).ToList();
        foreach (var column in missing)
        {
            problems.Add(WorkbookProblems.MissingColumn(file, column.Title, column.Key));
        }

        return missing.Count == 0 ? new SheetTable(sheet, file, columnOf, layout, problems) : null;
    }

    /// <summary>The data rows (after the header) that hold anything.</summary>
    public IEnumerable<int> Rows()
    {
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        for (var row = 2; row <= last; row++)
        {
            if (columnOf.Values.Any(c => !sheet.Cell(row, c).IsEmpty()))
            {
                yield return row;
            }
        }
    }

    public SourceSpan At(int row, string key) => new(row, columnOf.GetValueOrDefault(key));

    public string Title(string key) => layout[key].Title;

    public void Report(Problem problem) => problems.Add(problem);

    /// <summary>The trimmed text of a cell, or null when the column is absent or the cell empty.</summary>
    public string? Text(int row, string key)
    {
        if (!columnOf.TryGetValue(key, out var column))
        {
            return null;
        }

        var cell = sheet.Cell(row, column);
        var typed = TypedCell.Of(cell);
        var text = typed.Kind switch
        {
            // GetString() formats numbers and dates with the current culture; machine text must not depend on it.
            XLDataType.Number => typed.Number.ToString("R", CultureInfo.InvariantCulture),
            XLDataType.DateTime => typed.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            XLDataType.Boolean => typed.Boolean ? WorkbookLayout.Yes : WorkbookLayout.No,
            _ => cell.GetString(),
        };
        text = text.Trim();
        return text.Length == 0 ? null : text;
    }

    public string? RequiredText(int row, string key)
    {
        var text = Text(row, key);
        if (text is null)
        {
            problems.Add(WorkbookProblems.Empty(File, At(row, key), Title(key)));
        }

        return text;
    }

    public double? Number(int row, string key)
    {
        if (columnOf.TryGetValue(key, out var column) && TypedCell.Of(sheet.Cell(row, column)) is { Kind: XLDataType.Number } typed)
        {
            return typed.Number;
        }

        var text = Text(row, key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(WorkbookProblems.NotANumber(File, At(row, key), Title(key), text));
        return null;
    }

    public int? Integer(int row, string key)
    {
        var value = Number(row, key);
        if (value is null)
        {
            return null;
        }

        if (value == Math.Floor(value.Value) && Math.Abs(value.Value) < int.MaxValue)
        {
            return (int)value.Value;
        }

        problems.Add(WorkbookProblems.BadValue(File, At(row, key), Title(key), Text(row, key) ?? "", "một số nguyên", "a whole number"));
        return null;
    }

    public bool? Flag(int row, string key)
    {
        var text = Text(row, key);
        if (text is null)
        {
            return null;
        }

        var flag = Engine.Scoring.InputText.ParseYesNo(text);
        if (flag is null)
        {
            problems.Add(WorkbookProblems.BadValue(File, At(row, key), Title(key), text, "có, không", "có (yes), không (no)"));
        }

        return flag;
    }

    public T? Word<T>(int row, string key)
        where T : struct, Enum
    {
        var text = Text(row, key);
        if (text is null)
        {
            return null;
        }

        if (FrameworkVocabulary.TryParse<T>(text, out var value))
        {
            return value;
        }

        var choices = FrameworkVocabulary.Choices<T>();
        problems.Add(WorkbookProblems.BadValue(File, At(row, key), Title(key), text, choices, choices));
        return null;
    }

    public DateOnly? Date(int row, string key)
    {
        if (columnOf.TryGetValue(key, out var column) && TypedCell.Of(sheet.Cell(row, column)) is { Kind: XLDataType.DateTime } typed)
        {
            return DateOnly.FromDateTime(typed.Date);
        }

        var text = Text(row, key);
        if (text is null)
        {
            return null;
        }

        var date = Engine.PeopleFormat.ParseDate(text);
        if (date is null)
        {
            problems.Add(WorkbookProblems.BadValue(File, At(row, key), Title(key), text, "ngày dạng dd/mm/yyyy", "a date as dd/mm/yyyy"));
        }

        return date;
    }

    private static string Normalise(string header) =>
        string.Join(' ', header.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToLowerInvariant();
}
