using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Frameworks;
using ChiSo.Files.Yaml;

namespace ChiSo.Files;

/// <summary>
/// The one door from a framework source to a framework ready to score: YAML text, a framework workbook or an
/// official criteria sheet (workbook or CSV) is read, validated and planned, each scoring rule compiled once
/// (<see cref="FrameworkValidator.Check"/>). Every host, the demo and the tests come through here.
/// </summary>
public static class FrameworkSources
{
    /// <summary>
    /// Reads YAML text. Problems of reading and validation come together, sorted by position. Validation runs on
    /// what could be read unless a value itself was unreadable (missing, wrong type or unknown word), since checking
    /// sums over a missing value would only repeat that problem in other words.
    /// </summary>
    public static CheckedFramework FromYaml(string text, string fileName) => ReadDraft(text, fileName).Checked;

    /// <summary>
    /// Reads YAML text as a draft being edited: the same reading and validation as <see cref="FromYaml"/>, and the
    /// model as read even when it has errors (totals that do not add up yet), so that it can be shown and edited.
    /// The model is null only when the text could not be read into one.
    /// </summary>
    public static (FrameworkDefinition? Framework, CheckedFramework Checked) ReadDraft(string text, string fileName)
    {
        var (framework, readProblems) = FrameworkYaml.ReadLenient(text, fileName);
        if (framework is null || readProblems.Any(p => p.Code is FrameworkProblemCodes.MissingKey or FrameworkProblemCodes.WrongType or FrameworkProblemCodes.UnknownValue))
        {
            return (null, CheckedFramework.Unread([.. readProblems.OrderBy(p => p.At.Line).ThenBy(p => p.At.Column)]));
        }

        var checkedFramework = FrameworkValidator.Check(framework, fileName, readProblems);
        return (framework, checkedFramework with
        {
            Problems = [.. checkedFramework.Problems.OrderBy(p => p.At.Line).ThenBy(p => p.At.Column)],
        });
    }

    /// <summary>Reads a workbook: the framework layout, or else an official criteria sheet laid out like the decision's appendix.</summary>
    public static CheckedFramework FromWorkbook(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (framework, problems) = FrameworkWorkbook.Read(stream, fileName);
        if (framework is null && problems.Any(p => p.Code == "XL002") && stream.CanSeek)
        {
            // No framework sheets: read it as an official criteria list.
            stream.Position = 0;
            (framework, problems) = CriteriaSheet.Import(stream, fileName);
        }

        return Checked(framework, problems, fileName);
    }

    /// <summary>Reads an official criteria sheet saved as CSV.</summary>
    public static CheckedFramework FromCriteriaCsv(TextReader reader, string fileName) =>
        Checked(CriteriaSheet.ImportCsv(reader, fileName), fileName);

    /// <summary>Reads a framework file by its extension: .yaml/.yml, .xlsx, or .csv (criteria sheet).</summary>
    public static CheckedFramework FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".yaml" or ".yml":
                return FromYaml(File.ReadAllText(path), path);
            case ".xlsx":
                using (var stream = File.OpenRead(path))
                {
                    return FromWorkbook(stream, path);
                }

            case ".csv":
                using (var reader = new StreamReader(path))
                {
                    return FromCriteriaCsv(reader, path);
                }

            default:
                return CheckedFramework.Unread([Problem.Error("IO002", path, SourceSpan.None,
                    $"Không đọc được loại tệp '{extension}'. Bộ chỉ số phải là .yaml, .xlsx hoặc .csv (bảng tiêu chí).",
                    $"Cannot read '{extension}' files. A framework is .yaml, .xlsx or .csv (criteria sheet).")]);
        }
    }

    private static CheckedFramework Checked((FrameworkDefinition? Framework, ImmutableArray<Problem> Problems) read, string fileName) =>
        Checked(read.Framework, read.Problems, fileName);

    private static CheckedFramework Checked(FrameworkDefinition? framework, ImmutableArray<Problem> problems, string fileName) =>
        framework is null ? CheckedFramework.Unread(problems) : FrameworkValidator.Check(framework, fileName, problems);
}
