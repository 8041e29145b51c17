using System.Globalization;
using ClosedXML.Excel;

namespace ChiSo.Files.Results;

/// <summary>
/// Writes a <see cref="ResultTable"/> as an .xlsx workbook: bold frozen header, autofilter, numbers as numbers with the
/// most decimals any number column asks for, labelled cells in Vietnamese, unranked ranks empty.
/// </summary>
public static class ResultsWorkbook
{
    private const int MaxSheetName = 31;
    private const double MinWidth = 6;
    private const double MaxWidth = 60;

    /// <summary>Writes <paramref name="table"/> to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">A cell holds a type that has no workbook form.</exception>
    public static void Write(ResultTable table, Stream output) => Write([table], output);

    /// <summary>
    /// Writes one sheet per table, in order, to <paramref name="output"/>; the workbook opens on the sheet
    /// <paramref name="active"/> (a tool that reads the first sheet still reads the first table).
    /// </summary>
    /// <exception cref="ArgumentException">A cell holds a type that has no workbook form, or the bands do not cover the columns.</exception>
    public static void Write(IReadOnlyList<ResultTable> tables, Stream output, int active = 0)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var workbook = new XLWorkbook();
        foreach (var table in tables)
        {
            AddSheet(workbook, table);
        }

        if (active > 0 && active < tables.Count)
        {
            workbook.Worksheet(1).SetTabSelected(false);
            workbook.Worksheet(active + 1).SetTabActive().SetTabSelected(true);
        }

        workbook.SaveAs(output);
    }

    private static void AddSheet(XLWorkbook workbook, ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sheet = workbook.AddWorksheet(SheetName(table.Title));
        var decimals = table.Columns.Where(c => c.Kind == ColumnKind.Number).Select(c => c.Decimals).DefaultIfEmpty(4).Max();
        var decimalFormat = decimals > 0 ? "#,##0." + new string('0', decimals) : "#,##0";
        var header = WriteBands(sheet, table) + 1;
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var cell = sheet.Cell(header, c + 1);
            cell.SetValue(table.Columns[c].Title);
            cell.DataType = XLDataType.Text;
            cell.Style.Font.Bold = true;
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < row.Length; c++)
            {
                SetCell(sheet.Cell(header + r + 1, c + 1), Shown(row[c], table.Columns[c]), decimalFormat);
            }
        }

        sheet.SheetView.FreezeRows(header);
        if (table.Columns.Length > 0)
        {
            sheet.Range(header, 1, Math.Max(header, table.Rows.Count + header), table.Columns.Length).SetAutoFilter();
        }

        SetWidths(sheet, table);
    }

    /// <summary>The bands' row (merged, centred, bold) when the table has bands; returns the rows written (0 or 1).</summary>
    private static int WriteBands(IXLWorksheet sheet, ResultTable table)
    {
        if (table.Bands.IsDefaultOrEmpty)
        {
            return 0;
        }

        if (table.Bands.Any(b => b.Span < 1) || table.Bands.Sum(b => b.Span) != table.Columns.Length)
        {
            throw new ArgumentException("The header bands must cover every column once.", nameof(table));
        }

        var column = 1;
        foreach (var band in table.Bands)
        {
            var cell = sheet.Cell(1, column);
            cell.SetValue(band.Title);
            cell.DataType = XLDataType.Text;
            var range = sheet.Range(1, column, 1, column + band.Span - 1);
            if (band.Span > 1)
            {
                range.Merge();
            }

            range.Style.Font.Bold = true;
            range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            range.Style.Alignment.WrapText = true;
            column += band.Span;
        }

        return 1;
    }

    private static object? Shown(object? cell, ResultColumn column) => cell switch
    {
        0 when column.Kind == ColumnKind.Rank => null,
        LabelledCell labelled => labelled.Vi,
        _ => cell,
    };

    private static void SetCell(IXLCell cell, object? value, string decimalFormat)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                break;
            case double number:
                // NaN is a missing value in the engine; Excel has no NaN, so the cell stays empty.
                if (double.IsFinite(number))
                {
                    cell.SetValue(number);
                    cell.Style.NumberFormat.Format = decimalFormat;
                }

                break;
            case int or long:
                cell.SetValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                cell.Style.NumberFormat.Format = "0";
                break;
            case decimal money:
                cell.SetValue(money);
                cell.Style.NumberFormat.Format = decimalFormat;
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = WorkbookLayout.DateFormat;
                break;
            case bool flag:
                cell.SetValue(flag ? WorkbookLayout.Yes : WorkbookLayout.No);
                break;
            default:
                throw new ArgumentException($"A result cell of type {value.GetType().Name} has no workbook form.", nameof(value));
        }
    }

    /// <summary>Estimates widths from text length: AdjustToContents measures fonts through libgdiplus, absent on servers.</summary>
    private static void SetWidths(IXLWorksheet sheet, ResultTable table)
    {
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var column = table.Columns[c];
            var longest = table.Rows
                .Select(row => c < row.Length ? Shown(row[c], column) : null)
                .Where(cell => cell is not null)
                .Select(cell => Convert.ToString(cell, CultureInfo.InvariantCulture)!.Length)
                .Append(column.Title.Length + 2)
                .Max();
            sheet.Column(c + 1).Width = Math.Clamp(longest + 2, MinWidth, MaxWidth);
        }
    }

    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(ch => ch is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim();
        name = name.Length == 0 ? "Kết quả" : name;
        return name.Length > MaxSheetName ? name[..MaxSheetName].TrimEnd() : name;
    }
}
