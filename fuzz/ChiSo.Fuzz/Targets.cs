using System.Text;
using ChiSo.Engine.Composite.Coinr;
using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;
using ChiSo.Files;
using ChiSo.Files.Assignments;
using ChiSo.Files.Collection;
using ChiSo.Files.Csv;
using ChiSo.Files.Units;

namespace ChiSo.Fuzz;

/// <summary>A reader of hostile input: its name, the seeds mutations start from, and the call that must never throw.</summary>
internal sealed record Target(string Name, IReadOnlyList<byte[]> Seeds, Action<byte[]> Run);

/// <summary>
/// Every reader a user or an attacker can feed: each promises problems as data, never an exception, and an answer
/// within a second (the property the fuzzer checks). Seeds come from the repository's own files.
/// </summary>
internal static class Targets
{
    private static readonly FormulaContext FormulaInputs = new(
        [new InputDefinition { Id = "a", Type = InputType.Number }, new InputDefinition { Id = "b", Type = InputType.Number },
         new InputDefinition { Id = "ok", Type = InputType.YesNo }], 10);

    public static IReadOnlyList<Target> All(string root)
    {
        var frameworks = Directory.GetFiles(Path.Combine(root, "frameworks"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToList();
        var criteria = Directory.GetFiles(Path.Combine(root, "tests", "ChiSo.Files.Tests", "Data"), "*.csv").Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToList();
        var plan = FrameworkSources.FromYaml(File.ReadAllText(Path.Combine(root, "frameworks", "dii-2023.yaml")), "dii-2023.yaml").Plan
            ?? throw new InvalidOperationException("The shipped DII framework does not load.");
        var workbooks = Workbooks.Seeds(plan);
        return
        [
            new("yaml", frameworks, bytes => _ = FrameworkSources.FromYaml(Text(bytes), "fuzz.yaml")),
            new("formula", Formulas(frameworks), bytes => _ = FormulaCompiler.Compile(Text(bytes), FormulaInputs)),
            new("criteria-csv", criteria, bytes => _ = FrameworkSources.FromCriteriaCsv(new StringReader(Text(bytes)), "fuzz.csv")),
            new("units-csv", [Encoding.UTF8.GetBytes(Workbooks.UnitsCsv)], bytes => _ = UnitFile.Read(new StringReader(Text(bytes)), "fuzz.csv")),
            new("table-csv", [Encoding.UTF8.GetBytes(Workbooks.CoinrData)], bytes => _ = CsvTableReader.Read(new StringReader(Text(bytes)), "fuzz.csv")),
            new("coinr", [Encoding.UTF8.GetBytes(Workbooks.CoinrMeta)], bytes => _ = CoinrTables.Interpret(
                CsvTableReader.Read(new StringReader(Text(bytes)), "iMeta.csv"),
                CsvTableReader.Read(new StringReader(Workbooks.CoinrData), "iData.csv"))),
            new("framework-xlsx", [workbooks.Framework], bytes => _ = FrameworkSources.FromWorkbook(new MemoryStream(bytes), "fuzz.xlsx")),
            new("unit-xlsx", [workbooks.Unit], bytes => _ = UnitWorkbookReader.Read(new MemoryStream(bytes), "fuzz.xlsx", plan)),
            new("assignment-xlsx", [workbooks.Assignment], bytes => _ = AssignmentSheet.Read(new MemoryStream(bytes), "fuzz.xlsx")),
        ];
    }

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>The scoring rules of the shipped frameworks, one seed each.</summary>
    private static List<byte[]> Formulas(IEnumerable<byte[]> frameworks) =>
        [.. frameworks.SelectMany(f => Text(f).Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("score:", StringComparison.Ordinal))
            .Select(l => l["score:".Length..].Trim().Trim('"'))
            .Distinct(StringComparer.Ordinal)
            .Select(Encoding.UTF8.GetBytes)];
}
