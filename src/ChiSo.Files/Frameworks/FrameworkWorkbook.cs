using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ClosedXML.Excel;

namespace ChiSo.Files.Frameworks;

/// <summary>
/// A framework edition as an Excel workbook, so organisers can edit it in Excel: sheets "Khung" (header),
/// "Cây" (tree), "Đầu vào" (inputs), "Nhóm so sánh" (comparison groups) and "Kiểm tra" (checks). See <see cref="WorkbookLayout"/>.
/// </summary>
public static class FrameworkWorkbook
{
    /// <summary>Writes <paramref name="framework"/> as an .xlsx workbook to <paramref name="output"/>.</summary>
    public static void Write(FrameworkDefinition framework, Stream output)
    {
        ArgumentNullException.ThrowIfNull(framework);
        using var workbook = new XLWorkbook();
        FrameworkWorkbookWriter.Write(framework, workbook);
        workbook.SaveAs(output);
    }

    /// <summary>
    /// Reads a framework workbook. Columns are found by header name, so their order does not matter and extra
    /// columns are ignored. Returns every problem found; the framework is null when any of them is an error.
    /// </summary>
    /// <param name="input">The .xlsx content.</param>
    /// <param name="fileName">The name shown in problems, e.g. <c>khung.xlsx</c>; sheets are shown as <c>khung.xlsx[Cây]</c>.</param>
    public static (FrameworkDefinition? Framework, ImmutableArray<Problem> Problems) Read(Stream input, string fileName)
    {
        var problems = new List<Problem>();
        using var workbook = WorkbookFile.Open(input, fileName, problems);
        if (workbook is null)
        {
            return (null, [.. problems]);
        }

        var header = SheetTable.Open(workbook, fileName, WorkbookLayout.FrameworkSheet, WorkbookLayout.FrameworkColumns, problems);
        var framework = header is null ? null : FrameworkHeaderReader.Read(header, problems);
        var treeTable = SheetTable.Open(workbook, fileName, WorkbookLayout.TreeSheet, WorkbookLayout.TreeColumns, problems);
        var inputTable = SheetTable.Open(workbook, fileName, WorkbookLayout.InputsSheet, WorkbookLayout.InputColumns, problems);
        var groupTable = SheetTable.Open(workbook, fileName, WorkbookLayout.GroupsSheet, WorkbookLayout.GroupColumns, problems, optional: true);
        var checkTable = SheetTable.Open(workbook, fileName, WorkbookLayout.ChecksSheet, WorkbookLayout.CheckColumns, problems, optional: true);
        var viewTable = SheetTable.Open(workbook, fileName, WorkbookLayout.ViewsSheet, WorkbookLayout.ViewColumns, problems, optional: true);

        var rows = treeTable is null ? [] : TreeRowReader.ReadTree(treeTable);
        var inputs = inputTable is null ? [] : TreeRowReader.ReadInputs(inputTable);
        var groups = groupTable is null ? [] : TreeRowReader.ReadGroups(groupTable);
        var checks = checkTable is null ? [] : TreeRowReader.ReadChecks(checkTable);
        var views = viewTable is null ? [] : ViewParts.ReadViews(viewTable);
        var tree = treeTable is null ? [] : TreeAssembler.Assemble(
            treeTable.File, rows, InputsByCriterion(inputTable, inputs, rows, problems), problems, ChecksByCriterion(checkTable, checks, rows, problems));

        if (framework is null || problems.Any(p => p.Severity == Severity.Error))
        {
            return (null, [.. problems]);
        }

        return (framework with { Tree = tree, Groups = groups, Views = views }, [.. problems]);
    }

    private static ILookup<string, InputCheck> ChecksByCriterion(
        SheetTable? table, List<(string Criterion, SourceSpan At, InputCheck Check)> checks, List<TreeRow> rows, List<Problem> problems)
    {
        var codes = rows.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (criterion, at, _) in checks.Where(c => !codes.Contains(c.Criterion)))
        {
            problems.Add(WorkbookProblems.CheckOfUnknownCriterion(table!.File, at, criterion));
        }

        return checks.Where(c => codes.Contains(c.Criterion)).ToLookup(c => c.Criterion, c => c.Check, StringComparer.Ordinal);
    }

    private static ILookup<string, InputDefinition> InputsByCriterion(
        SheetTable? table, List<(string Criterion, SourceSpan At, InputDefinition Input)> inputs, List<TreeRow> rows, List<Problem> problems)
    {
        var codes = rows.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var kept = new List<(string Criterion, InputDefinition Input)>();
        foreach (var (criterion, at, input) in inputs)
        {
            if (!codes.Contains(criterion))
            {
                problems.Add(WorkbookProblems.InputOfUnknownCriterion(table!.File, at, criterion));
            }
            else if (!seen.Add((criterion, input.Id)))
            {
                problems.Add(WorkbookProblems.DuplicateInput(table!.File, input.At, criterion, input.Id));
            }
            else
            {
                kept.Add((criterion, input));
            }
        }

        return kept.ToLookup(i => i.Criterion, i => i.Input, StringComparer.Ordinal);
    }
}
