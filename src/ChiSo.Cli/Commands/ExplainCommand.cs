using System.CommandLine;
using System.Text.Json;
using ChiSo.Cli.Output;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Cli.Commands;

/// <summary>
/// <c>chiso explain</c>: for one unit and node, where every point came from — earned, lost against the maximum,
/// share of the parent — down to the criteria's inputs and rules.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var framework = new Option<string>("--framework") { Description = "Bộ chỉ số (.yaml/.xlsx)" };
        var meta = new Option<string>("--meta") { Description = "iMeta của COINr (.csv/.xlsx), cho chỉ số tổng hợp / COINr iMeta, for a composite" };
        var data = new Option<string>("--data") { Description = "Bảng dữ liệu đơn vị (.csv/.xlsx)", Required = true };
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị (uCode) / unit code", Required = true };
        var node = new Option<string>("--node") { Description = "Mã nút cần giải thích (mặc định: tổng) / node code (default: total)" };
        var depth = new Option<int>("--depth") { Description = "Số cấp hiển thị / levels shown", DefaultValueFactory = _ => 99 };
        var given = new Option<string>("--given") { DefaultValueFactory = _ => "points", Description = "points | value" };
        given.AcceptOnlyFromAmong("points", "value");
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "table", Description = "table | json" };
        format.AcceptOnlyFromAmong("table", "json");
        var composite = CompositeExplain.Options();
        var command = new Command("explain", "Giải thích điểm của một đơn vị / explain a unit's points")
        {
            framework, meta, data, unit, node, depth, given, format,
        };
        foreach (var option in composite)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var ctx = context(result);
            var frameworkPath = result.GetValue(framework);
            var metaPath = result.GetValue(meta);
            if ((metaPath is null) == (frameworkPath is null))
            {
                ctx.Err.WriteLine(ctx.T(
                    "Hãy cho đúng một trong hai: --meta iMeta.csv (COINr) hoặc --framework bộ-chỉ-số.yaml.",
                    "Give exactly one of --meta iMeta.csv (COINr) or --framework framework.yaml."));
                return ExitCodes.Usage;
            }

            var explain = new ExplainRequest(frameworkPath, metaPath, result.GetValue(data)!, result.GetValue(unit)!, result.GetValue(node),
                result.GetValue(depth), result.GetValue(format) == "json");
            return CompositeExplain.Handles(explain, out var loaded)
                ? CompositeExplain.Run(explain, loaded, composite.Select(result.GetValue).ToArray(), ctx)
                : Run(frameworkPath!, explain.Data, explain.Unit, explain.Node, explain.Depth, result.GetValue(given) == "value", explain.Json, ctx);
        });
        return command;
    }

    private static int Run(string frameworkPath, string dataPath, string unitCode, string? nodeCode, int depth, bool givenAsValue, bool json, CliContext context)
    {
        var (sheet, problems) = FrameworkCompute.Score(frameworkPath, dataPath, givenAsValue);
        if (context.Report(problems) > 0 || sheet is null)
        {
            return ExitCodes.Of(problems);
        }

        var unit = sheet.Data.UnitCodes.IndexOf(unitCode);
        if (unit < 0)
        {
            context.Err.WriteLine(context.T($"Không có đơn vị mã '{unitCode}' trong {dataPath}.", $"No unit with code '{unitCode}' in {dataPath}."));
            return ExitCodes.InputProblems;
        }

        var node = 0;
        if (nodeCode is not null && !sheet.Plan.TryGetIndex(nodeCode, out node))
        {
            context.Err.WriteLine(context.T($"Không có nút mã '{nodeCode}' trong bộ chỉ số.", $"No node with code '{nodeCode}' in the framework."));
            return ExitCodes.InputProblems;
        }

        var explanation = Explainer.Explain(sheet, unit, node, depth);
        if (json)
        {
            WriteJson(explanation, context);
        }
        else
        {
            context.Out.WriteLine($"{sheet.Data.UnitNames[unit]} ({unitCode}) — {context.T(sheet.Plan.Framework.Title, sheet.Plan.Framework.TitleEn ?? sheet.Plan.Framework.Title)} ({sheet.Plan.Framework.Edition})");
            context.Out.WriteLine(context.T(
                "Mã       Điểm / tối đa        Mất     Giá trị   Tỷ trọng   Hạng   Tên",
                "Code     Points / max        Lost       Value      Share   Rank   Name"));
            Write(explanation, 0, context);
        }

        return ExitCodes.Ok;
    }

    private static void Write(Explanation e, int indent, CliContext context)
    {
        var lang = context.Language;
        string N(double v, int d = 2) => VietnameseFormat.Number(v, d, lang);
        var code = (new string(' ', indent * 2) + e.Code).PadRight(8);
        var share = double.IsNaN(e.ShareOfParent) ? "" : N(e.ShareOfParent * 100, 1) + " %";
        var flags = (e.Given ? context.T(" [nhập sẵn]", " [given]") : "") + (e.Incomplete && !e.Given ? context.T(" [thiếu số liệu]", " [incomplete]") : "");
        context.Out.WriteLine($"{code} {N(e.Points),8} / {N(e.MaxPoints),-8} {N(e.Lost),8}  {N(e.Value, 4),8}  {share,9}  {(e.Rank == 0 ? "–" : e.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)),5}   {e.Name}{flags}");
        if (e.Formula is not null)
        {
            var pad = new string(' ', (indent * 2) + 10);
            var inputs = string.Join("; ", e.Inputs.Select(i => $"{i.Id} = {Show(i, lang)}"));
            context.Out.WriteLine($"{pad}{context.T("công thức", "rule")}: {e.Formula}");
            context.Out.WriteLine($"{pad}{context.T("đầu vào", "inputs")}: {(inputs.Length == 0 ? "–" : inputs)} → {N(e.RawResult, 4)}");
        }

        foreach (var child in e.Children)
        {
            Write(child, indent + 1, context);
        }
    }

    private static string Show(InputExplanation input, Language language) => double.IsNaN(input.Value)
        ? (language == Language.En ? "(missing)" : "(thiếu)")
        : input.Type switch
        {
            InputType.Choice => input.Option ?? "?",
            InputType.YesNo or InputType.Document or InputType.File => input.Value > 0 ? (language == Language.En ? "yes" : "có") : (language == Language.En ? "no" : "không"),
            InputType.Date => VietnameseFormat.Date(DateOnly.FromDayNumber((int)input.Value)),
            InputType.Number or InputType.Percentage or InputType.Integer => VietnameseFormat.Number(input.Value, input.Value == Math.Floor(input.Value) ? 0 : 2, language),
        };

    private static void WriteJson(Explanation explanation, CliContext context) =>
        context.Out.WriteLine(JsonSerializer.Serialize(explanation, ExplainJson.Relaxed.Explanation));
}
