using System.Globalization;
using ChiSo.Engine.Frameworks;
using ClosedXML.Excel;

namespace ChiSo.Files.Frameworks;

/// <summary>Writes a framework into the sheets described in <see cref="WorkbookLayout"/>.</summary>
internal static class FrameworkWorkbookWriter
{
    public static void Write(FrameworkDefinition framework, XLWorkbook workbook)
    {
        WriteHeaderSheet(framework, workbook.AddWorksheet(WorkbookLayout.FrameworkSheet));
        var tree = workbook.AddWorksheet(WorkbookLayout.TreeSheet);
        var inputs = workbook.AddWorksheet(WorkbookLayout.InputsSheet);
        CellValues.WriteHeader(tree, WorkbookLayout.TreeColumns);
        CellValues.WriteHeader(inputs, WorkbookLayout.InputColumns);
        var treeRow = 2;
        var inputRow = 2;
        foreach (var root in framework.Tree)
        {
            WriteNode(root, parent: null, level: 1, tree, inputs, ref treeRow, ref inputRow);
        }

        WriteGroups(framework, workbook.AddWorksheet(WorkbookLayout.GroupsSheet));
        WriteChecks(framework, workbook.AddWorksheet(WorkbookLayout.ChecksSheet));
        if (!framework.Views.IsDefaultOrEmpty)
        {
            WriteViews(framework, workbook.AddWorksheet(WorkbookLayout.ViewsSheet));
        }
    }

    private static void WriteHeaderSheet(FrameworkDefinition framework, IXLWorksheet sheet)
    {
        CellValues.WriteHeader(sheet, WorkbookLayout.FrameworkColumns);
        var row = 2;
        foreach (var (key, label) in WorkbookLayout.FrameworkKeys)
        {
            CellValues.SetText(sheet.Cell(row, 1), key);
            CellValues.SetText(sheet.Cell(row, 2), label);
            WriteHeaderValue(framework, key, sheet.Cell(row, 3));
            row++;
        }
    }

    private static void WriteHeaderValue(FrameworkDefinition framework, string key, IXLCell cell)
    {
        switch (key)
        {
            case "id": CellValues.SetText(cell, framework.Id); break;
            case "edition": cell.SetValue(framework.Edition); break;
            case "title": CellValues.SetText(cell, framework.Title); break;
            case "title_en": CellValues.SetText(cell, framework.TitleEn); break;
            case "legal_basis_number": CellValues.SetText(cell, framework.LegalBasis?.Number); break;
            case "legal_basis_date": CellValues.SetDate(cell, framework.LegalBasis?.Date); break;
            case "unit_level": CellValues.SetText(cell, framework.UnitLevel); break;
            case "illustrative": CellValues.SetFlag(cell, framework.Illustrative); break;
            case "notes": CellValues.SetText(cell, framework.Notes); break;
            case "display_total": CellValues.SetNumber(cell, framework.Display.Total); break;
            case "display_as": CellValues.SetText(cell, FrameworkVocabulary.Name(framework.Display.As)); break;
            case "display_decimals": cell.SetValue(framework.Display.Decimals); break;
            case "ranking_round": CellValues.SetNumber(cell, framework.Ranking.RoundDecimals); break;
            case "aggregation": CellValues.SetText(cell, FrameworkVocabulary.Name(framework.Aggregation)); break;
            default: throw new InvalidOperationException($"Layout key {key} has no writer.");
        }
    }

    private static void WriteNode(
        FrameworkNode node, string? parent, int level, IXLWorksheet tree, IXLWorksheet inputs, ref int treeRow, ref int inputRow)
    {
        var cells = new RowWriter(tree, treeRow++, WorkbookLayout.TreeColumns);
        cells.Text("code", node.Code);
        cells.Text("parent", parent);
        cells.Cell("level").SetValue(level);
        cells.Text("name", node.Name);
        cells.Text("name_en", node.NameEn);
        CellValues.SetNumber(cells.Cell("max"), node.MaxPoints);
        CellValues.SetFlag(cells.Cell("cap"), node.Cap);
        CellValues.SetFlag(cells.Cell("scored"), node.Scored);
        cells.Cell("weight").SetValue(node.Weight);
        cells.Cell("direction").SetValue(node.Direction);
        cells.Text("lead", node.Lead);
        cells.Text("source", FrameworkVocabulary.Name(node.Source));
        cells.Text("score", node.Score);
        if (node.Evidence is { } evidence)
        {
            CellValues.SetFlag(cells.Cell("evidence_required"), evidence.Required);
            cells.Text("evidence_note", evidence.Note);
        }

        cells.Text("description", node.Description);
        foreach (var input in node.Inputs)
        {
            WriteInput(node.Code, input, new RowWriter(inputs, inputRow++, WorkbookLayout.InputColumns));
        }

        foreach (var child in node.Children)
        {
            WriteNode(child, node.Code, level + 1, tree, inputs, ref treeRow, ref inputRow);
        }
    }

    private static void WriteInput(string criterion, InputDefinition input, RowWriter cells)
    {
        cells.Text("criterion", criterion);
        cells.Text("id", input.Id);
        cells.Text("type", FrameworkVocabulary.Name(input.Type));
        cells.Text("label", input.Label);
        CellValues.SetNumber(cells.Cell("min"), input.Min);
        CellValues.SetNumber(cells.Cell("max"), input.Max);
        cells.Text("within", DateWindowText.Format(input.Within));
        cells.Text("unit", input.Unit);
        cells.Text("options", ChoiceOptions.Format(input.Options));
    }

    private static void WriteGroups(FrameworkDefinition framework, IXLWorksheet sheet)
    {
        CellValues.WriteHeader(sheet, WorkbookLayout.GroupColumns);
        var row = 2;
        foreach (var group in framework.Groups)
        {
            var cells = new RowWriter(sheet, row++, WorkbookLayout.GroupColumns);
            cells.Text("code", group.Code);
            cells.Text("name", group.Name);
            CellValues.SetFlag(cells.Cell("ranked"), group.Ranked);
        }
    }

    private static void WriteViews(FrameworkDefinition framework, IXLWorksheet sheet)
    {
        CellValues.WriteHeader(sheet, WorkbookLayout.ViewColumns);
        var row = 2;
        foreach (var view in framework.Views)
        {
            var cells = new RowWriter(sheet, row++, WorkbookLayout.ViewColumns);
            cells.Text("code", view.Code);
            cells.Text("name", view.Name);
            cells.Text("name_en", view.NameEn);
            cells.Text("rule", FrameworkVocabulary.Name(view.Rule));
            cells.Text("of", ViewParts.Format(view.Of));
            CellValues.SetFlag(cells.Cell("illustrative"), view.Illustrative);
            cells.Text("notes", view.Notes);
        }
    }

    private static void WriteChecks(FrameworkDefinition framework, IXLWorksheet sheet)
    {
        CellValues.WriteHeader(sheet, WorkbookLayout.CheckColumns);
        var row = 2;
        foreach (var node in FrameworkTree.Descendants(framework.Tree))
        {
            foreach (var check in node.Checks)
            {
                var cells = new RowWriter(sheet, row++, WorkbookLayout.CheckColumns);
                cells.Text("criterion", node.Code);
                cells.Text("rule", check.Rule);
                cells.Text("message", check.Message);
                cells.Text("message_en", check.MessageEn);
                cells.Text("severity", FrameworkVocabulary.Name(check.Severity));
            }
        }
    }

    /// <summary>Addresses the cells of one row by column key, in the layout's column order.</summary>
    private readonly struct RowWriter(IXLWorksheet sheet, int row, IReadOnlyList<WorkbookColumn> columns)
    {
        public IXLCell Cell(string key)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Key == key)
                {
                    return sheet.Cell(row, i + 1);
                }
            }

            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"No column {key}."), nameof(key));
        }

        public void Text(string key, string? text) => CellValues.SetText(Cell(key), text);
    }
}
