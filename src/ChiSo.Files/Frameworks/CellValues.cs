using ClosedXML.Excel;

namespace ChiSo.Files.Frameworks;

/// <summary>Writing the cell values of workbooks, independent of the machine's culture (reading: PeopleFormat.ParseDate, InputText.ParseYesNo).</summary>
internal static class CellValues
{
    /// <summary>Writes text as text, so that codes such as <c>1.10</c> do not become the number 1.1.</summary>
    public static void SetText(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

    public static void SetNumber(IXLCell cell, double? value)
    {
        if (value is { } number)
        {
            cell.SetValue(number);
        }
    }

    public static void SetFlag(IXLCell cell, bool value) => SetText(cell, value ? WorkbookLayout.Yes : WorkbookLayout.No);

    public static void SetDate(IXLCell cell, DateOnly? date)
    {
        if (date is { } day)
        {
            cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
            cell.Style.NumberFormat.Format = WorkbookLayout.DateFormat;
        }
    }

    /// <summary>Writes the header row: Vietnamese titles in bold, the machine key in each cell's note, frozen.</summary>
    public static void WriteHeader(IXLWorksheet sheet, IReadOnlyList<WorkbookColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = sheet.Cell(1, i + 1);
            SetText(cell, columns[i].Title);
            cell.Style.Font.Bold = true;
            cell.Comment.AddText(columns[i].Key);
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        sheet.SheetView.FreezeRows(1);
    }
}
