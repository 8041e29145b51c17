using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Frameworks;
using ChiSo.Files.Yaml;

namespace ChiSo.Cli.Commands;

/// <summary>Loads a framework from a YAML file or a workbook (framework layout or official criteria sheet), validated.</summary>
internal static class FrameworkFiles
{
    public static (FrameworkDefinition? Framework, ImmutableArray<Problem> Problems) Load(string path)
    {
        if (!File.Exists(path))
        {
            return (null, [DataTableFiles.Missing(path)]);
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".yaml" or ".yml" => FrameworkLoader.Load(File.ReadAllText(path), path),
                ".xlsx" => FromWorkbook(path),
                ".csv" => FromCriteriaCsv(path),
                _ => (null, [Problem.Error("IO002", path, SourceSpan.None,
                    $"Không đọc được loại tệp '{extension}'. Bộ chỉ số phải là .yaml, .xlsx hoặc .csv (bảng tiêu chí).",
                    $"Cannot read '{extension}' files. A framework is .yaml, .xlsx or .csv (criteria sheet).")]),
            };
        }
        catch (IOException e)
        {
            return (null, [Problem.Error("IO003", path, SourceSpan.None, $"Không đọc được tệp: {e.Message}", $"Cannot read the file: {e.Message}")]);
        }
    }

    private static (FrameworkDefinition?, ImmutableArray<Problem>) FromWorkbook(string path)
    {
        using var stream = File.OpenRead(path);
        var (framework, problems) = FrameworkWorkbook.Read(stream, path);
        if (framework is null && problems.Any(p => p.Code == "XL002"))
        {
            // No framework sheets: read it as an official criteria list laid out like the decision's appendix.
            stream.Position = 0;
            (framework, problems) = CriteriaSheet.Import(stream, path);
        }

        return Validated(framework, problems, path);
    }

    private static (FrameworkDefinition?, ImmutableArray<Problem>) FromCriteriaCsv(string path)
    {
        using var reader = new StreamReader(path);
        var (framework, problems) = CriteriaSheet.ImportCsv(reader, path);
        return Validated(framework, problems, path);
    }

    private static (FrameworkDefinition?, ImmutableArray<Problem>) Validated(FrameworkDefinition? framework, ImmutableArray<Problem> problems, string path)
    {
        if (framework is null)
        {
            return (null, problems);
        }

        var all = problems.AddRange(FrameworkValidator.Validate(framework, path));
        return (all.Any(p => p.Severity == Severity.Error) ? null : framework, all);
    }
}
