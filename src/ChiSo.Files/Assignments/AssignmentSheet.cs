using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ChiSo.Engine;
using ClosedXML.Excel;

namespace ChiSo.Files.Assignments;

/// <summary>One row of an assignment sheet: a criterion, its lead agency and its contributing agencies.</summary>
/// <param name="Row">The Excel row number, for messages.</param>
/// <param name="CriterionCode">The criterion's code as typed.</param>
/// <param name="LeadAgency">The lead agency (cơ quan chủ trì).</param>
/// <param name="ContributingAgencies">The contributing agencies (cơ quan phối hợp), possibly none.</param>
public sealed record AssignmentRow(int Row, string CriterionCode, string LeadAgency, ImmutableArray<string> ContributingAgencies);

/// <summary>What was read: the rows, and every problem found (nothing should be saved when there is an error).</summary>
public sealed record AssignmentRead(ImmutableArray<AssignmentRow> Rows, ImmutableArray<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);
}

/// <summary>
/// Reads the first sheet of a workbook that assigns criteria to agencies. Columns are found by their header in
/// row 1, in any order: "Mã tiêu chí", "Cơ quan chủ trì", "Cơ quan phối hợp" (several agencies separated by
/// line breaks or semicolons). Checking the codes against a framework is the caller's job: the sheet does not know it.
/// </summary>
public static class AssignmentSheet
{
    public const string CodeTitle = "Mã tiêu chí";
    public const string LeadTitle = "Cơ quan chủ trì";
    public const string ContributingTitle = "Cơ quan phối hợp";

    public static AssignmentRead Read(Stream input, string fileName)
    {
        var problems = new List<Problem>();
        using var workbook = WorkbookFile.Open(input, fileName, problems);
        if (workbook is null)
        {
            return new AssignmentRead([], [.. problems]);
        }

        var sheet = workbook.Worksheets.First();
        var code = ColumnOf(sheet, CodeTitle);
        var lead = ColumnOf(sheet, LeadTitle);
        var contributing = ColumnOf(sheet, ContributingTitle);
        foreach (var (title, column) in new[] { (CodeTitle, code), (LeadTitle, lead) })
        {
            if (column == 0)
            {
                problems.Add(AssignmentProblems.MissingColumn(fileName, title));
            }
        }

        if (problems.Count > 0)
        {
            return new AssignmentRead([], [.. problems]);
        }

        var rows = ImmutableArray.CreateBuilder<AssignmentRow>();
        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var r = 2; r <= last; r++)
        {
            var row = ReadRow(sheet, r, code, lead, contributing, fileName, problems);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        return new AssignmentRead(rows.ToImmutable(), [.. problems]);
    }

    private static AssignmentRow? ReadRow(IXLWorksheet sheet, int r, int code, int lead, int contributing, string fileName, List<Problem> problems)
    {
        var codeText = Text(sheet, r, code);
        var leadText = Text(sheet, r, lead);
        var others = contributing == 0 ? "" : Text(sheet, r, contributing);
        if (codeText.Length == 0 && leadText.Length == 0 && others.Length == 0)
        {
            return null;
        }

        if (codeText.Length == 0)
        {
            problems.Add(AssignmentProblems.EmptyCell(fileName, r, code, CodeTitle));
            return null;
        }

        if (leadText.Length == 0)
        {
            problems.Add(AssignmentProblems.EmptyCell(fileName, r, lead, LeadTitle));
            return null;
        }

        var list = others.Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new AssignmentRow(r, codeText, leadText, [.. list]);
    }

    private static string Text(IXLWorksheet sheet, int row, int column) =>
        CellText.Shown(sheet.Cell(row, column)).Replace("\r", "", StringComparison.Ordinal).Trim().Normalize(NormalizationForm.FormC);

    private static int ColumnOf(IXLWorksheet sheet, string title)
    {
        var last = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        for (var c = 1; c <= last; c++)
        {
            if (string.Equals(Text(sheet, 1, c), title, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        return 0;
    }
}

/// <summary>Problems of assignment sheets (codes XL2xx).</summary>
internal static class AssignmentProblems
{
    public static Problem MissingColumn(string file, string title) => Problem.Error(
        "XL201", file, new SourceSpan(1, 0),
        $"Thiếu cột \"{title}\" ở dòng tiêu đề (dòng 1). Hãy thêm cột này rồi tải lại tệp.",
        $"The column \"{title}\" is missing from the header row (row 1). Add it and upload the file again.");

    public static Problem EmptyCell(string file, int row, int column, string title) => Problem.Error(
        "XL202", file, new SourceSpan(row, column),
        string.Create(CultureInfo.InvariantCulture, $"Dòng {row}: ô \"{title}\" đang trống. Hãy điền hoặc xoá cả dòng."),
        string.Create(CultureInfo.InvariantCulture, $"Row {row}: the \"{title}\" cell is empty. Fill it in or delete the whole row."));
}
