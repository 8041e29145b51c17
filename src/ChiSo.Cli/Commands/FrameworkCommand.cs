using System.CommandLine;
using System.Globalization;
using System.Text;
using ChiSo.Cli.Output;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Results;
using ChiSo.Engine.Frameworks;
using ChiSo.Files;
using ChiSo.Files.Frameworks;
using ChiSo.Files.Results;
using ChiSo.Files.Yaml;
using ResultColumn = ChiSo.Files.Results.ResultColumn;

namespace ChiSo.Cli.Commands;

/// <summary>
/// <c>chiso framework import FILE [--publish]</c>, <c>list</c>, <c>diff A B</c> and <c>export ID --to yaml|xlsx</c>:
/// the framework editions kept in the database, through the same store as the web app.
/// </summary>
internal static class FrameworkCommand
{
    private const string Actor = "cli";

    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var database = DatabaseOption.Create();
        var command = new Command("framework", "Các phiên bản bộ chỉ số trong cơ sở dữ liệu / framework editions in the database") { database };
        Func<ParseResult, DatabaseOptions> options = result => DatabaseOption.Read(result.GetValue(database));
        command.Subcommands.Add(Import(context, options));
        command.Subcommands.Add(List(context, options));
        command.Subcommands.Add(Diff(context, options));
        command.Subcommands.Add(Export(context, options));
        return command;
    }

    private static Command Import(Func<ParseResult, CliContext> context, Func<ParseResult, DatabaseOptions> options)
    {
        var file = new Argument<string>("file") { Description = "Tệp bộ chỉ số (.yaml, .xlsx, .csv) / framework file" };
        var publish = new Option<bool>("--publish") { Description = "Ban hành ngay (không sửa được nữa) / publish at once (it can no longer change)" };
        var command = new Command("import", "Kiểm tra rồi lưu bộ chỉ số thành bản nháp / check a framework and store it as a draft") { file, publish };
        command.SetAction((result, cancel) => ImportAsync(result.GetValue(file)!, result.GetValue(publish), options(result), context(result), cancel));
        return command;
    }

    private static Command List(Func<ParseResult, CliContext> context, Func<ParseResult, DatabaseOptions> options)
    {
        var format = FormatOption();
        var command = new Command("list", "Liệt kê các phiên bản bộ chỉ số / list the framework editions") { format };
        command.SetAction((result, cancel) => ListAsync(result.GetValue(format)!, options(result), context(result), cancel));
        return command;
    }

    private static Command Diff(Func<ParseResult, CliContext> context, Func<ParseResult, DatabaseOptions> options)
    {
        var earlier = new Argument<string>("earlier") { Description = "Phiên bản cũ: số hiệu trong cơ sở dữ liệu hoặc tệp / the earlier edition: a stored id or a file" };
        var later = new Argument<string>("later") { Description = "Phiên bản mới: số hiệu hoặc tệp / the later edition: a stored id or a file" };
        var format = FormatOption();
        format.AcceptOnlyFromAmong("table", "csv", "json", "xlsx");
        var output = OutputOption();
        var command = new Command("diff", "Khác biệt giữa hai phiên bản (thêm, bỏ, đổi tên, chuyển, điểm, quy tắc) / the differences between two editions") { earlier, later, format, output };
        command.SetAction((result, cancel) => DiffAsync(result.GetValue(earlier)!, result.GetValue(later)!, result.GetValue(format), result.GetValue(output), options(result), context(result), cancel));
        return command;
    }

    private static Command Export(Func<ParseResult, CliContext> context, Func<ParseResult, DatabaseOptions> options)
    {
        var id = new Argument<int>("id") { Description = "Số hiệu phiên bản (xem chiso framework list) / the edition's id (see chiso framework list)" };
        var to = new Option<string>("--to") { Description = "yaml | xlsx", Required = true };
        to.AcceptOnlyFromAmong("yaml", "xlsx");
        var output = OutputOption();
        var command = new Command("export", "Xuất một phiên bản ra YAML hoặc Excel / write an edition as YAML or a workbook") { id, to, output };
        command.SetAction((result, cancel) => ExportAsync(result.GetValue(id), result.GetValue(to)!, result.GetValue(output), options(result), context(result), cancel));
        return command;
    }

    private static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "table | csv | json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        return format;
    }

    private static Option<string?> OutputOption() => new("--output", "--out") { Description = "Tệp đích / target file" };

    private static async Task<int> ImportAsync(string file, bool publish, DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        var read = FrameworkFiles.Load(file);
        var errors = context.Report(read.Problems);
        if (errors > 0 || read.Framework is null)
        {
            context.Err.WriteLine(context.T($"✗ {file}: {errors} lỗi: không lưu gì vào cơ sở dữ liệu.", $"✗ {file}: {errors} error(s): nothing was stored."));
            return ExitCodes.Of(read.Problems);
        }

        await ChiSoDatabase.EnsureReadyAsync(options, cancel);
        await using var db = ChiSoDatabase.CreateContext(options);
        var store = Store(db);
        var stored = await store.AddDraftAsync(read.Framework, CanonicalYaml.Write(read.Framework), null, Actor, cancel);
        if (stored.Done && publish)
        {
            stored = await store.PublishAsync(stored.Id!.Value, Actor, cancel);
        }

        if (!stored.Done)
        {
            foreach (var problem in stored.Problems)
            {
                context.Err.WriteLine(context.T($"{file}: lỗi: {problem.Vi}", $"{file}: error: {problem.En}"));
            }

            return ExitCodes.InputProblems;
        }

        var edition = (await store.FindAsync(stored.Id!.Value, cancel))!;
        context.Out.WriteLine(context.T(
            $"✓ Đã lưu phiên bản {edition.Id}: {edition.FrameworkId} {edition.Edition}, {(edition.Status == EditionStatus.Published ? "đã ban hành" : "bản nháp")}, SHA-256 {edition.ContentHash}.",
            $"✓ Stored edition {edition.Id}: {edition.FrameworkId} {edition.Edition}, {(edition.Status == EditionStatus.Published ? "published" : "draft")}, SHA-256 {edition.ContentHash}."));
        return ExitCodes.Ok;
    }

    private static async Task<int> ListAsync(string format, DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        await ChiSoDatabase.EnsureReadyAsync(options, cancel);
        await using var db = ChiSoDatabase.CreateContext(options);
        var editions = await Store(db).ListAsync(cancel);
        var table = new ResultTable(
            context.T($"{editions.Count} phiên bản bộ chỉ số", $"{editions.Count} framework editions"),
            [
                new ResultColumn("id", context.T("Số hiệu", "Id"), ColumnKind.Number, 0),
                new ResultColumn("framework_id", context.T("Bộ chỉ số", "Framework"), ColumnKind.Text),
                new ResultColumn("edition", context.T("Phiên bản", "Edition"), ColumnKind.Number, 0),
                new ResultColumn("title", context.T("Tên", "Title"), ColumnKind.Text),
                new ResultColumn("status", context.T("Trạng thái", "Status"), ColumnKind.Text),
                new ResultColumn("hash", "SHA-256", ColumnKind.Text),
            ],
            [.. editions.Select(e => new object?[]
            {
                (double)e.Id, e.FrameworkId, (double)e.Edition, e.Title,
                e.Status == EditionStatus.Published ? new LabelledCell("published", "đã ban hành", "published") : new LabelledCell("draft", "bản nháp", "draft"),
                e.ContentHash,
            })]);
        OutputFormats.Emit(table, format switch { "csv" => OutputFormat.Csv, "json" => OutputFormat.Json, _ => OutputFormat.Table }, null, context);
        return ExitCodes.Ok;
    }

    private static async Task<int> DiffAsync(string earlier, string later, string? format, string? output, DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        if (OutputFormats.Resolve(format == "table" && output is not null ? null : format, output, context) is not { } chosen)
        {
            return ExitCodes.Usage;
        }

        ChiSoDbContext? db = null;
        try
        {
            async Task<(string Label, CheckedFramework Read)> LoadAsync(string argument)
            {
                if (File.Exists(argument) || !int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    return (argument, FrameworkFiles.Load(argument));
                }

                if (db is null)
                {
                    await ChiSoDatabase.EnsureReadyAsync(options, cancel);
                    db = ChiSoDatabase.CreateContext(options);
                }

                var store = Store(db);
                return await store.FindAsync(id, cancel) is { } edition
                    ? ($"{edition.FrameworkId} {edition.Edition}", store.Read(edition))
                    : (argument, CheckedFramework.Unread([Engine.Problem.Error("DB001", null, Engine.SourceSpan.None,
                        $"Không có phiên bản bộ chỉ số số {id} trong cơ sở dữ liệu (xem chiso framework list).", $"There is no framework edition {id} in the database (see chiso framework list).")]));
            }

            var (earlierLabel, first) = await LoadAsync(earlier);
            var (laterLabel, second) = await LoadAsync(later);
            var errors = context.Report(first.Problems) + context.Report(second.Problems);
            if (errors > 0 || first.Framework is null || second.Framework is null)
            {
                return ExitCodes.InputProblems;
            }

            var difference = FrameworkDiff.Compare(first.Framework, second.Framework);
            OutputFormats.Emit(DiffTable.Of(earlierLabel, laterLabel, difference, context.Language), chosen, output, context, ("thay đổi", "changes"));
            return ExitCodes.Ok;
        }
        finally
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }
        }
    }

    private static async Task<int> ExportAsync(int id, string to, string? output, DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        if (to == "xlsx" && output is null)
        {
            context.Err.WriteLine(context.T("Xuất Excel cần --output TỆP.xlsx.", "Exporting a workbook needs --output FILE.xlsx."));
            return ExitCodes.Usage;
        }

        await ChiSoDatabase.EnsureReadyAsync(options, cancel);
        await using var db = ChiSoDatabase.CreateContext(options);
        var store = Store(db);
        if (await store.FindAsync(id, cancel) is not { } edition)
        {
            context.Err.WriteLine(context.T($"Không có phiên bản bộ chỉ số số {id} (xem chiso framework list).", $"There is no framework edition {id} (see chiso framework list)."));
            return ExitCodes.InputProblems;
        }

        if (to == "yaml" && output is null)
        {
            context.Out.Write(edition.Yaml);
            return ExitCodes.Ok;
        }

        if (to == "yaml")
        {
            OutputFile.Write(output!, stream => stream.Write(new UTF8Encoding(false).GetBytes(edition.Yaml)));
        }
        else
        {
            OutputFile.Write(output!, stream => FrameworkWorkbook.Write(store.Read(edition).Framework!, stream));
        }

        context.Out.WriteLine(context.T($"Đã ghi {output} (SHA-256 của YAML: {edition.ContentHash}).", $"Wrote {output} (SHA-256 of the YAML: {edition.ContentHash})."));
        return ExitCodes.Ok;
    }

    private static EditionStore Store(ChiSoDbContext db) =>
        new(db, new AuditLog(db, TimeProvider.System), new ScoringPlans(FrameworkSources.FromYaml), TimeProvider.System);
}
