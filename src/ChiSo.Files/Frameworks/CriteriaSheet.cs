using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Frameworks;

/// <summary>Choices for <see cref="CriteriaSheet"/> imports.</summary>
public sealed record CriteriaImportOptions
{
    /// <summary>The framework id; by default derived from the file name (<c>dii_885.csv</c> → <c>dii-885</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The edition; by default the year in the framework name, else the year of the decision date.</summary>
    public int? Edition { get; init; }

    /// <summary>Which framework to import when the list holds several (the <c>framework</c> column).</summary>
    public string? Framework { get; init; }

    /// <summary>The worksheet to read; by default the first.</summary>
    public string? Sheet { get; init; }
}

/// <summary>
/// Imports an official criteria list laid out as columns framework, decision, main_index_code … note (one row per
/// main index, component or criterion), from an Excel sheet or CSV text, as a framework tree to complete in ChiSo.
/// Criteria get no inputs and no scoring rule (points are entered directly); the decision's scoring rule text is
/// kept in the description.
/// </summary>
public static class CriteriaSheet
{
    /// <summary>Imports the criteria list in an .xlsx workbook.</summary>
    public static (FrameworkDefinition? Framework, ImmutableArray<Problem> Problems) Import(
        Stream xlsx, string fileName, CriteriaImportOptions? options = null)
    {
        options ??= new CriteriaImportOptions();
        var problems = new List<Problem>();
        using var workbook = WorkbookFile.Open(xlsx, fileName, problems);
        if (workbook is null)
        {
            return (null, [.. problems]);
        }

        if (options.Sheet is not null && !workbook.TryGetWorksheet(options.Sheet, out _))
        {
            problems.Add(WorkbookProblems.MissingSheet(fileName, options.Sheet));
            return (null, [.. problems]);
        }

        var sheet = options.Sheet is null ? workbook.Worksheets.First() : workbook.Worksheet(options.Sheet);
        var file = SheetTable.FileOf(fileName, sheet.Name);
        var rows = CriteriaRows.FromSheet(sheet, file, problems);
        return Finish(rows, file, fileName, options, problems);
    }

    /// <summary>Imports the criteria list in CSV text (UTF-8, header row, comma separated, as in the shipped lists).</summary>
    public static (FrameworkDefinition? Framework, ImmutableArray<Problem> Problems) ImportCsv(
        TextReader csv, string fileName, CriteriaImportOptions? options = null)
    {
        var problems = new List<Problem>();
        var rows = CriteriaRows.FromCsv(csv, fileName, problems);
        return Finish(rows, fileName, fileName, options ?? new CriteriaImportOptions(), problems);
    }

    private static (FrameworkDefinition?, ImmutableArray<Problem>) Finish(
        List<CriteriaRow>? rows, string file, string fileName, CriteriaImportOptions options, List<Problem> problems)
    {
        var selected = rows is null ? null : CriteriaFrameworkInfo.Select(rows, file, options.Framework, problems);
        if (selected is null)
        {
            return (null, [.. problems]);
        }

        if (selected.Count == 0)
        {
            problems.Add(CriteriaProblems.NoRows(file));
            return (null, [.. problems]);
        }

        // A note repeated on every row describes the list, not one criterion.
        var notes = selected.Select(r => r.Text("note")).Distinct().ToList();
        var notesGoToNodes = notes.Count > 1;
        var builder = new CriteriaTreeBuilder(file, problems);
        foreach (var row in selected)
        {
            builder.Add(row, notesGoToNodes);
        }

        var tree = builder.Build();
        var framework = CriteriaFrameworkInfo.Header(selected, file, fileName, options, notesGoToNodes ? null : notes[0], problems) with
        {
            Tree = tree,
            Display = new DisplayOptions { Total = builder.Total },
        };
        return problems.Any(p => p.Severity == Severity.Error) ? (null, [.. problems]) : (framework, [.. problems]);
    }
}
