using System.Globalization;
using ChiSo.Engine.Composite.Coinr;
using ChiSo.Engine.Tables;
using ClosedXML.Excel;

namespace ChiSo.Files.Tables;

/// <summary>
/// Reads a worksheet into a <see cref="RawTable"/>: the first used row is the header; number cells stay numbers,
/// text cells go through the same classification as CSV (so "12.5" typed as text is a number), dates become
/// ISO text (yyyy-MM-dd), booleans TRUE/FALSE. Line numbers are Excel row numbers.
/// </summary>
public static class XlsxTableReader
{
    /// <summary>Reads the sheet named <paramref name="sheetName"/>, or the first sheet when null.</summary>
    /// <param name="workbook">An open workbook.</param>
    /// <param name="sheetName">The sheet, or null for the first one.</param>
    /// <param name="fileName">The file name for messages.</param>
    public static TableRead ReadSheet(XLWorkbook workbook, string? sheetName, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var label = sheetName is null ? fileName : $"{fileName}[{sheetName}]";
        if (sheetName is not null && !workbook.TryGetWorksheet(sheetName, out _))
        {
            return new TableRead(null, [TableProblems.Unreadable(fileName, $"no sheet '{sheetName}' / không có trang tính '{sheetName}'")]);
        }

        var sheet = sheetName is null ? workbook.Worksheets.First() : workbook.Worksheet(sheetName);
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return new TableRead(null, [TableProblems.Unreadable(label, "empty sheet / trang tính trống")]);
        }

        var firstRow = used.FirstRow().RowNumber();
        var lastRow = used.LastRow().RowNumber();
        var firstColumn = used.FirstColumn().ColumnNumber();
        var lastColumn = used.LastColumn().ColumnNumber();
        var headers = new List<string?>();
        for (var c = 1; c <= lastColumn; c++)
        {
            headers.Add(c < firstColumn ? null : CellText.Shown(sheet.Cell(firstRow, c)));
        }

        var builder = new RawTableBuilder(label, headers, firstRow);
        for (var r = firstRow + 1; r <= lastRow; r++)
        {
            if (sheet.Row(r).IsEmpty())
            {
                continue;
            }

            builder.BeginRow(r);
            for (var k = 0; k < builder.SourceColumns.Count; k++)
            {
                SetCell(builder, k, sheet.Cell(r, builder.SourceColumns[k]));
            }
        }

        return builder.Build();
    }

    private static void SetCell(RawTableBuilder builder, int column, IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return;
        }

        var typed = TypedCell.Of(cell);
        switch (typed.Kind)
        {
            case XLDataType.Number:
                builder.SetNumber(column, typed.Number);
                break;
            case XLDataType.DateTime:
                builder.SetText(column, typed.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case XLDataType.Boolean:
                builder.SetText(column, typed.Boolean ? "TRUE" : "FALSE");
                break;
            case XLDataType.Text:
            case XLDataType.TimeSpan:
            default:
                builder.SetText(column, CellText.Shown(cell));
                break;
        }
    }

    /// <summary>Opens <paramref name="path"/> and reads one sheet (first when null); unreadable files become a problem.</summary>
    public static TableRead ReadFile(string path, string? sheetName = null)
    {
        var problems = new List<Engine.Problem>();
        using var workbook = WorkbookFile.Open(path, problems);
        return workbook is null ? new TableRead(null, [.. problems]) : ReadSheet(workbook, sheetName, Path.GetFileName(path));
    }
}

/// <summary>Reads COINr's iMeta and iData from XLSX: one workbook with sheets iMeta and iData, or one file each.</summary>
public static class CoinrWorkbook
{
    /// <summary>One workbook with sheets named <c>iMeta</c> and <c>iData</c>.</summary>
    public static CoinrImport Read(string path)
    {
        var name = Path.GetFileName(path);
        var problems = new List<Engine.Problem>();
        using var workbook = WorkbookFile.Open(path, problems);
        return workbook is null
            ? CoinrTables.Interpret(new TableRead(null, [.. problems]), new TableRead(null, []))
            : CoinrTables.Interpret(XlsxTableReader.ReadSheet(workbook, "iMeta", name), XlsxTableReader.ReadSheet(workbook, "iData", name));
    }

    /// <summary>Two workbooks; the first sheet of each is used.</summary>
    public static CoinrImport Read(string iMetaPath, string iDataPath) =>
        CoinrTables.Interpret(XlsxTableReader.ReadFile(iMetaPath), XlsxTableReader.ReadFile(iDataPath));
}
