using System.CommandLine;
using System.Data.Common;
using System.Runtime.CompilerServices;
using ChiSo.Cli.Commands;
using ChiSo.Engine;

namespace ChiSo.Cli;

/// <summary>The <c>chiso</c> command line: builds the command tree and runs it with the given writers.</summary>
internal static class ChisoCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        var root = Build(output, error, input, args.Length > 0 ? args[0] : null);
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
        catch (Exception e) when (!RuntimeFeature.IsDynamicCodeSupported && e is NotSupportedException or TypeInitializationException)
        {
            // Only in the native build (-p:ChisoNative=true): ClosedXML and OpenXml find types by reflection that
            // ahead-of-time compilation does not keep, so Excel files cannot be read or written there.
            error.WriteLine(result.GetValue<string>("--lang") == "en"
                ? "This native build of chiso cannot read or write Excel files (.xlsx): use CSV or YAML files, or the full install (README)."
                : "Bản chiso biên dịch sẵn (native) này không đọc hay ghi được tệp Excel (.xlsx): hãy dùng tệp CSV hoặc YAML, hoặc bản cài đặt đầy đủ (README).");
            return ExitCodes.Failure;
        }
    }

    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Standard input (tests give their own).</param>
    /// <param name="first">The first argument: when it names a command, only that command is built. Each command's
    /// options cost the runtime compiled code at start-up (about 10 ms of CPU for all of them, bench/process), and a
    /// run of one command never reads the others; anything else (help, a typo, a root option) builds them all.</param>
    public static RootCommand Build(TextWriter output, TextWriter error, TextReader? input = null, string? first = null)
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
        (string Name, Func<Func<ParseResult, CliContext>, Command> Create)[] commands =
        [
            ("validate", ValidateCommand.Create), ("compute", ComputeCommand.Create), ("explain", ExplainCommand.Create),
            ("convert", ConvertCommand.Create), ("template", TemplateCommand.Create),
#if !CHISO_FILES_ONLY
            ("units", UnitsCommand.Create), ("framework", FrameworkCommand.Create), ("database", DatabaseCommand.Create),
            ("demo", DemoCommand.Create), ("users", UsersCommand.Create), ("audit", AuditCommand.Create),
#endif
        ];
        var only = commands.Where(c => c.Name == first).ToList();
        foreach (var (name, create) in only.Count == 1 ? only : [.. commands])
        {
            var command = create(context);
            if (command.Name != name)
            {
                throw new InvalidOperationException($"Command '{command.Name}' is listed as '{name}'.");
            }

            root.Subcommands.Add(command);
        }

        return root;
    }
}
