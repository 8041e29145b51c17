using System.Globalization;
using ChiSo.Engine;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Editions;

/// <summary>A framework problem as shown and sent: where it is (line and column, or sheet and cell) and what it is, in both languages.</summary>
public sealed record EditionProblem(
    string Code, string Severity, string? File, string? Sheet, string? Cell, int? Line, int? Column, string Place, string Vi, string En)
{
    /// <summary>
    /// The problem with its place in words. Workbook readers name a sheet as <c>file.xlsx[Sheet]</c> with the row as the
    /// line and the column number as the column: that becomes "trang tính Cây, ô C5".
    /// </summary>
    public static EditionProblem Of(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var (file, sheet) = Split(problem.File);
        int? line = problem.At.Line > 0 ? problem.At.Line : null;
        int? column = problem.At.Column > 0 ? problem.At.Column : null;
        var cell = sheet is not null && line is { } row && column is { } c ? ColumnLetters(c) + row.ToString(CultureInfo.InvariantCulture) : null;
        var place = (sheet, cell, line, column) switch
        {
            (not null, not null, _, _) => L.T($"trang tính \"{sheet}\", ô {cell}", $"sheet \"{sheet}\", cell {cell}"),
            (not null, null, { } r, _) => L.T($"trang tính \"{sheet}\", dòng {r}", $"sheet \"{sheet}\", row {r}"),
            (not null, null, null, _) => L.T($"trang tính \"{sheet}\"", $"sheet \"{sheet}\""),
            (null, _, { } l, { } col) => L.T($"dòng {l}, cột {col}", $"line {l}, column {col}"),
            (null, _, { } l, null) => L.T($"dòng {l}", $"line {l}"),
            _ => L.T("cả tệp", "the whole file"),
        };
        return new EditionProblem(problem.Code, problem.Severity == Engine.Severity.Error ? "error" : "warning",
            file, sheet, cell, line, column, place, problem.Text.Vi, problem.Text.En);
    }

    /// <summary>A problem of storing (no place in the file).</summary>
    public static EditionProblem Of(Bilingual text) =>
        new("ED001", "error", null, null, null, null, null, L.T("cả tệp", "the whole file"), text.Vi, text.En);

    public bool IsError => Severity == "error";

    public string Shown => L.T(Vi, En);

    private static (string? File, string? Sheet) Split(string? file)
    {
        if (file is not null && file.EndsWith(']') && file.LastIndexOf('[') is > 0 and var open)
        {
            return (file[..open], file[(open + 1)..^1]);
        }

        return (file, null);
    }

    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
