using System.Collections.Immutable;
using System.CommandLine;
using ChiSo.Cli.Output;
using ChiSo.Data.Demo;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Files.Results;

namespace ChiSo.Cli.Commands;

/// <summary>
/// <c>chiso template</c>: the data table a framework expects — one row per unit, one column per criterion input
/// (<c>CODE:INPUT</c>) or per criterion scored directly (<c>CODE</c>) — empty, or filled with demo values.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var framework = new Option<string>("--framework") { Description = "Bộ chỉ số (.yaml/.xlsx)", Required = true };
        var units = new Option<string>("--units") { Description = "Danh sách đơn vị (uCode, uName[, group]) / unit list" };
        var demo = new Option<int?>("--demo") { Description = "Điền số liệu mẫu với hạt giống này / fill demo values with this seed" };
        var output = new Option<string>("--out") { Description = "Tệp đích (.csv/.xlsx)", Required = true };
        var command = new Command("template", "Tạo bảng nhập số liệu cho một bộ chỉ số / make the data table for a framework")
        {
            framework, units, demo, output,
        };
        command.SetAction(result => Run(result.GetValue(framework)!, result.GetValue(units), result.GetValue(demo), result.GetValue(output)!, context(result)));
        return command;
    }

    private static int Run(string frameworkPath, string? unitsPath, int? seed, string output, CliContext context)
    {
        if (seed is not null && unitsPath is null)
        {
            context.Err.WriteLine(context.T(
                "--demo điền số liệu mẫu cho từng đơn vị: hãy cho thêm danh sách đơn vị bằng --units units.csv (cột uCode, uName).",
                "--demo fills demo values for each unit: give the unit list too with --units units.csv (columns uCode, uName)."));
            return ExitCodes.Usage;
        }

        var (framework, plan, problems) = FrameworkFiles.Load(frameworkPath);
        if (context.Report(problems) > 0 || framework is null || plan is null)
        {
            return ExitCodes.Of(problems);
        }

        var units = new List<(string Code, string Name, string? Group)>();
        if (unitsPath is not null)
        {
            var read = DataTableFiles.Read(unitsPath);
            if (context.Report(read.Problems) > 0 || read.Table is null)
            {
                return ExitCodes.Of(read.Problems);
            }

            var table = read.Table;
            var (codes, names, groups) = (table.Find("uCode"), table.Find("uName"), table.Find("group"));
            if (codes is null)
            {
                context.Err.WriteLine(context.T($"{unitsPath}: thiếu cột uCode.", $"{unitsPath}: the uCode column is missing."));
                return ExitCodes.InputProblems;
            }

            for (var r = 0; r < table.RowCount; r++)
            {
                units.Add((codes.TextAt(r) ?? "", names?.TextAt(r) ?? "", groups?.TextAt(r)));
            }
        }

        if (seed is not null && units.Count == 0)
        {
            context.Err.WriteLine(context.T($"{unitsPath}: không có đơn vị nào để điền số liệu mẫu.", $"{unitsPath}: there is no unit to fill demo values for."));
            return ExitCodes.InputProblems;
        }

        var leaves = framework.Tree.SelectMany(Leaves).Where(n => n.Scored).ToList();
        var hasGroups = units.Any(u => u.Group is not null);
        var columns = ImmutableArray.CreateBuilder<ResultColumn>();
        columns.Add(new ResultColumn("uCode", "uCode", ColumnKind.Text));
        columns.Add(new ResultColumn("uName", "uName", ColumnKind.Text));
        if (hasGroups)
        {
            columns.Add(new ResultColumn("group", "group", ColumnKind.Text));
        }

        var cells = leaves.SelectMany(leaf => leaf.Inputs.IsDefaultOrEmpty || leaf.Score is null
            ? [(leaf, (InputDefinition?)null)]
            : leaf.Inputs.Select(i => (leaf, (InputDefinition?)i))).ToList();
        columns.AddRange(cells.Select(c => c.Item2 is null
            ? new ResultColumn(c.leaf.Code, c.leaf.Code, ColumnKind.Text)
            : new ResultColumn($"{c.leaf.Code}:{c.Item2.Id}", $"{c.leaf.Code}:{c.Item2.Id}", ColumnKind.Text)));

        var demo = seed is { } s ? DemoCells(plan, units.Count, s) : null;
        var rows = units.Select((unit, u) =>
        {
            var row = new List<object?> { unit.Code, unit.Name };
            if (hasGroups)
            {
                row.Add(unit.Group);
            }

            row.AddRange(cells.Select(c => demo is null ? null : c.Item2 is null
                ? Math.Round((c.leaf.MaxPoints ?? 0) * demo.Value.Maturity[u], 2).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : demo.Value.Cells.GetValueOrDefault((u, c.leaf.Code, c.Item2.Id), "")));
            return row.ToArray();
        }).ToList();

        var result = new ResultTable(context.T(framework.Title, framework.TitleEn ?? framework.Title), columns.ToImmutable(), rows);
        OutputFile.Write(output, stream =>
        {
            if (Path.GetExtension(output).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                ResultsWorkbook.Write(result, stream);
            }
            else
            {
                TableRenderers.WriteCsv(result, stream);
            }
        });
        context.Out.WriteLine(context.T(
            $"Đã ghi {output}: {units.Count} đơn vị × {cells.Count} cột số liệu{(seed is null ? "" : " (số liệu MẪU, không phải số liệu thật)")}.",
            $"Wrote {output}: {units.Count} units × {cells.Count} data columns{(seed is null ? "" : " (DEMO values, not real data)")}."));
        return ExitCodes.Ok;
    }

    private static IEnumerable<FrameworkNode> Leaves(FrameworkNode node) => node.IsLeaf ? [node] : node.Children.SelectMany(Leaves);

    /// <summary>
    /// Demo answers from the one generator the demo seeder uses (ChiSo.Data's DemoAnswers), as table cells by unit,
    /// criterion and input; a criterion scored directly gets its maximum × the unit's maturity.
    /// </summary>
    private static (Dictionary<(int Unit, string Criterion, string Input), string> Cells, IReadOnlyList<double> Maturity)? DemoCells(
        ScoringPlan plan, int units, int seed)
    {
        var answers = new DemoAnswers(plan, units, seed, plan.Framework.Edition);
        var cells = answers.Draw(targetValue: 0.6).ToDictionary(v => (v.Unit, plan.Nodes[v.Node].Code, plan.Nodes[v.Node].Inputs[v.Input].Id), v => v.Cell);
        return (cells, answers.Maturity);
    }
}
