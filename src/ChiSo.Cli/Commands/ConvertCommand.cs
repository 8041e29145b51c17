using System.CommandLine;
using System.Text;
using ChiSo.Cli.Output;
using ChiSo.Files.Frameworks;
using ChiSo.Files.Yaml;

namespace ChiSo.Cli.Commands;

/// <summary>
/// <c>chiso convert FILE --to yaml|xlsx</c>: a framework between YAML and workbook; also an official criteria
/// sheet (.xlsx or .csv laid out like the decision's appendix) to YAML.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var input = new Argument<string>("file") { Description = "Tệp nguồn (.yaml, .xlsx, .csv) / source file" };
        var to = new Option<string>("--to") { Description = "yaml | xlsx", Required = true };
        to.AcceptOnlyFromAmong("yaml", "xlsx");
        var output = new Option<string>("--out") { Description = "Tệp đích (mặc định: cùng tên, đuôi mới) / target file" };
        var command = new Command("convert", "Chuyển bộ chỉ số giữa YAML và Excel / convert a framework between YAML and Excel") { input, to, output };
        command.SetAction(result => Run(result.GetValue(input)!, result.GetValue(to)!, result.GetValue(output), context(result)));
        return command;
    }

    private static int Run(string input, string to, string? output, CliContext context)
    {
        var (framework, _, problems) = FrameworkFiles.Load(input);
        if (context.Report(problems) > 0 || framework is null)
        {
            context.Err.WriteLine(context.T("Không chuyển đổi: hãy sửa các lỗi trên. Không có tệp nào được ghi.", "Not converted: fix the problems above. No file was written."));
            return ExitCodes.Of(problems);
        }

        var target = output ?? Path.ChangeExtension(input, to == "yaml" ? ".yaml" : ".xlsx");
        if (Path.GetFullPath(target) == Path.GetFullPath(input))
        {
            context.Err.WriteLine(context.T("Tệp đích trùng tệp nguồn; hãy cho --out.", "The target is the source file; give --out."));
            return ExitCodes.Usage;
        }

        if (to == "yaml")
        {
            var yaml = FrameworkYaml.Write(framework);
            OutputFile.Write(target, stream => stream.Write(new UTF8Encoding(false).GetBytes(yaml)));
        }
        else
        {
            OutputFile.Write(target, stream => FrameworkWorkbook.Write(framework, stream));
        }

        context.Out.WriteLine(context.T($"Đã ghi {target}.", $"Wrote {target}."));
        return ExitCodes.Ok;
    }
}
