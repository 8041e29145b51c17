using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ClosedXML.Excel;

namespace ChiSo.Files.Collection;

/// <summary>
/// Writes a unit's data-entry workbook: instructions, one row per input grouped under the framework's numbered
/// nodes, drop-down lists and number checks, hidden keys, and the current values.
/// </summary>
public static class UnitWorkbookWriter
{
    /// <summary>Writes <paramref name="content"/> as .xlsx to <paramref name="output"/>.</summary>
    public static void Write(UnitWorkbookContent content, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var workbook = new XLWorkbook();
        UnitWorkbookInstructions.Write(workbook.AddWorksheet(UnitWorkbookLayout.InstructionsSheet), content);
        var sheet = workbook.AddWorksheet(UnitWorkbookLayout.EntrySheet);
        var lists = new WorkbookLists(workbook.AddWorksheet(UnitWorkbookLayout.ListsSheet));
        WriteHeader(sheet, content);
        var row = UnitWorkbookLayout.HeaderRow + 1;
        foreach (var root in content.Plan.Total.Children)
        {
            WriteNode(sheet, lists, content, root, ref row);
        }

        lists.Sheet.Visibility = XLWorksheetVisibility.Hidden;
        workbook.Worksheet(UnitWorkbookLayout.InstructionsSheet).SetTabActive();
        workbook.SaveAs(output);
    }

    private static void WriteHeader(IXLWorksheet sheet, UnitWorkbookContent content)
    {
        sheet.Cell(1, 3).SetValue($"Phiếu nhập liệu: {content.UnitName} ({content.UnitCode})");
        sheet.Cell(1, 3).Style.Font.Bold = true;
        sheet.Cell(1, 3).Style.Font.FontSize = 14;
        sheet.Cell(2, 3).SetValue($"{content.CampaignName} · Chỉ nhập vào cột \"{UnitWorkbookLayout.ValueTitle}\"; xem trang \"{UnitWorkbookLayout.InstructionsSheet}\".");
        var columns = UnitWorkbookLayout.Columns;
        for (var c = 0; c < columns.Length; c++)
        {
            var cell = sheet.Cell(UnitWorkbookLayout.HeaderRow, c + 1);
            cell.SetValue(columns[c].Title);
            cell.DataType = XLDataType.Text;
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.LightGray;
            cell.Style.Alignment.WrapText = true;
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        // Keys are for the machine; hiding them keeps users from editing them by accident.
        sheet.Column(1).Hide();
        sheet.Column(2).Hide();
        sheet.Column(UnitWorkbookLayout.ValueColumn).Style.Fill.BackgroundColor = XLColor.LightYellow;
        sheet.SheetView.FreezeRows(UnitWorkbookLayout.HeaderRow);
    }

    private static void WriteNode(IXLWorksheet sheet, WorkbookLists lists, UnitWorkbookContent content, int index, ref int row)
    {
        var node = content.Plan.Nodes[index];
        if (!node.Children.IsEmpty || node.Inputs.IsEmpty)
        {
            // A group (or a criterion without inputs) is a heading row: its numbering and name, bold, no keys.
            Frameworks.CellValues.SetText(sheet.Cell(row, 3), node.Code);
            Frameworks.CellValues.SetText(sheet.Cell(row, 4), node.Name);
            sheet.Range(row, 3, row, 4).Style.Font.Bold = true;
            row++;
        }

        foreach (var input in node.Inputs)
        {
            WriteInput(sheet, lists, content, node, input, row++);
        }

        foreach (var child in node.Children)
        {
            WriteNode(sheet, lists, content, child, ref row);
        }
    }

    private static void WriteInput(IXLWorksheet sheet, WorkbookLists lists, UnitWorkbookContent content, PlanNode node, InputDefinition input, int row)
    {
        Frameworks.CellValues.SetText(sheet.Cell(row, 1), node.Code);
        Frameworks.CellValues.SetText(sheet.Cell(row, 2), input.Id);
        Frameworks.CellValues.SetText(sheet.Cell(row, 3), node.Code);
        Frameworks.CellValues.SetText(sheet.Cell(row, 4), node.Name);
        Frameworks.CellValues.SetText(sheet.Cell(row, 5), input.Label ?? input.Id);
        Frameworks.CellValues.SetText(sheet.Cell(row, 6), UnitWorkbookLayout.TypeName(input.Type));
        Frameworks.CellValues.SetText(sheet.Cell(row, 7), input.Unit ?? (input.Type == InputType.Percentage ? "%" : null));
        if (input.Min is { } min)
        {
            sheet.Cell(row, 8).SetValue(min);
        }

        if (input.Max is { } max)
        {
            sheet.Cell(row, 9).SetValue(max);
        }

        Frameworks.CellValues.SetText(sheet.Cell(row, 11), UnitWorkbookLayout.Hint(input.Type));
        sheet.Range(row, 3, row, 11).Style.Alignment.WrapText = true;
        var cell = sheet.Cell(row, UnitWorkbookLayout.ValueColumn);
        UnitWorkbookCells.Write(cell, input, content.Values.TryGetValue((node.Code, input.Id), out var value) ? value : new WorkbookValue(double.NaN, null));
        UnitWorkbookCells.Validate(cell, input, lists);
    }
}
