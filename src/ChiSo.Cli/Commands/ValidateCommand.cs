using System.CommandLine;
using ChiSo.Cli.Output;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Cli.Commands;

/// <summary><c>chiso validate FILE…</c>: checks framework files and prints every problem; exit 1 when any, 3 when a file cannot be opened.</summary>
internal static class ValidateCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Tệp bộ chỉ số (.yaml, .xlsx, .csv) / framework files",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Kiểm tra tệp bộ chỉ số và liệt kê mọi lỗi / check framework files and list every problem") { files };
        command.SetAction(result => Run(result.GetValue(files) ?? [], context(result)));
        return command;
    }

    private static int Run(string[] files, CliContext context)
    {
        var exit = ExitCodes.Ok;
        foreach (var file in files)
        {
            var (framework, _, problems) = FrameworkFiles.Load(file);
            var errors = context.Report(problems);
            if (errors > 0 || framework is null)
            {
                exit = Math.Max(exit, ExitCodes.Of(problems));
                context.Err.WriteLine(context.T($"✗ {file}: {errors} lỗi.", $"✗ {file}: {errors} error(s)."));
                continue;
            }

            context.Out.WriteLine(Summary(file, framework, context));
        }

        return exit;
    }

    private static string Summary(string file, FrameworkDefinition framework, CliContext context)
    {
        var nodes = FrameworkTree.Descendants(framework.Tree).ToList();
        var criteria = nodes.Count(n => n.IsLeaf);
        var max = FrameworkTree.TotalOf(framework);
        var maxText = VietnameseFormat.Number(max, 0, context.Language);
        return context.T(
            $"✓ {file}: hợp lệ — {framework.Title} ({framework.Edition}), {framework.Tree.Length} nhánh gốc, {nodes.Count} nút, {criteria} tiêu chí, {maxText} điểm.",
            $"✓ {file}: valid — {framework.TitleEn ?? framework.Title} ({framework.Edition}), {framework.Tree.Length} roots, {nodes.Count} nodes, {criteria} criteria, {maxText} points.");
    }
}
