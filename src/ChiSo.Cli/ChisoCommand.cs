using System.CommandLine;
using System.Data.Common;
using ChiSo.Cli.Commands;
using ChiSo.Engine;

namespace ChiSo.Cli;

/// <summary>The <c>chiso</c> command line: builds the command tree and runs it with the given writers.</summary>
internal static class ChisoCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        var root = Build(output, error, input);
        var result = root.Parse(args);
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
        {
            // The world outside the input: a database that cannot be reached or opened, a folder that cannot be written.
            // One sentence and its own exit code, not a stack trace that reads like a bug in the input.
            error.WriteLine(result.GetValue<string>("--lang") == "en"
                ? $"Cannot open or write the database or a file: {e.Message} Check the path or connection string; for PostgreSQL run `chiso database migrate` first."
                : $"Không mở hoặc ghi được cơ sở dữ liệu hay tệp: {e.Message} Hãy kiểm tra đường dẫn hoặc chuỗi kết nối; với PostgreSQL hãy chạy `chiso database migrate` trước.");
            return ExitCodes.Failure;
        }
    }

    public static RootCommand Build(TextWriter output, TextWriter error, TextReader? input = null)
    {
        // Built anew for every command tree: a shared static option would collect a validator and a parent per
        // build, and tests build trees in parallel.
        var language = new Option<string>("--lang")
        {
            Description = "Ngôn ngữ thông báo: vi (mặc định) hoặc en / Message language: vi (default) or en",
            DefaultValueFactory = _ => "vi",
            Recursive = true,
        };
        language.AcceptOnlyFromAmong("vi", "en");
        var root = new RootCommand(
            "ChiSo — chấm điểm, xếp hạng và giải thích chỉ số chuyển đổi số (DTI, DII) / scores, ranks and explains digital-transformation indices");
        root.Options.Add(language);

        Func<ParseResult, CliContext> context = result => new CliContext(
            output, error, result.GetValue(language) == "en" ? Language.En : Language.Vi)
        { In = input ?? Console.In };
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ComputeCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(TemplateCommand.Create(context));
        root.Subcommands.Add(UnitsCommand.Create(context));
        root.Subcommands.Add(FrameworkCommand.Create(context));
        root.Subcommands.Add(DatabaseCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        return root;
    }
}
