using ChiSo.Engine.Tables;

namespace ChiSo.Engine.Composite.Coinr;

/// <summary>Reads COINr's iMeta table into a <see cref="CompositeModel"/>.</summary>
public static class CoinrMeta
{
    private static readonly string[] Required = ["iCode", "Level", "Type", "Parent", "Weight", "Direction"];

    /// <summary>Validates every row and builds the model; all problems are reported.</summary>
    public static ModelBuild Read(RawTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<Problem>();
        foreach (var name in Required.Where(n => table.Find(n) is null))
        {
            problems.Add(TableProblems.MissingColumn(table.File, name));
        }

        if (problems.Count > 0)
        {
            return new ModelBuild(null, [.. problems]);
        }

        var cells = new CellReader(table, problems);
        var rows = new List<CompositeNode>();
        var spans = new List<SourceSpan>();
        for (var r = 0; r < table.RowCount; r++)
        {
            var code = cells.RequiredText(r, "iCode");
            var type = cells.Type(r);
            if (code is null || type is null)
            {
                continue;
            }

            var tree = type is NodeType.Indicator or NodeType.Aggregate;
            var node = new CompositeNode(
                code,
                cells.OptionalText(r, "iName") ?? code,
                tree ? ToInt(cells.Number(r, "Level", required: true), 0) : 0,
                type.Value,
                tree ? ToInt(cells.Number(r, "Direction", required: true), 1) : 1,
                tree ? cells.Number(r, "Weight", required: true) : 1,
                cells.OptionalText(r, "Parent"))
            {
                Target = cells.OptionalNumber(r, "Target"),
            };
            rows.Add(node);
            spans.Add(new SourceSpan(table.RowLines[r], 0));
        }

        var build = CompositeModel.Build(rows, table.File, spans);
        problems.AddRange(build.Problems);
        return problems.Any(p => p.Severity == Severity.Error) ? new ModelBuild(null, [.. problems]) : build with { Problems = [.. problems] };
    }

    // A cell already reported as missing or not a number gets a neutral value so it is not reported twice.
    private static int ToInt(double value, int fallback) =>
        double.IsNaN(value) ? fallback : (int)Math.Clamp(Math.Round(value), int.MinValue, int.MaxValue);
}
