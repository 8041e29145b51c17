using System.CommandLine;
using System.Globalization;
using ChiSo.Cli.Output;
using ChiSo.Data;
using ChiSo.Data.Units;
using ChiSo.Files.Units;

namespace ChiSo.Cli.Commands;

/// <summary><c>chiso units import [FILE]</c> and <c>chiso units list --level … --on …</c>.</summary>
internal static class UnitsCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var database = DatabaseOption.Create();
        var command = new Command("units", "Danh mục đơn vị hành chính và lịch sử sáp nhập / the registry of units and their lineage") { database };
        Func<ParseResult, DatabaseOptions> options = result => DatabaseOption.Read(result.GetValue(database));
        command.Subcommands.Add(Import(context, options));
        command.Subcommands.Add(List(context, options));
        return command;
    }

    private static Command Import(Func<ParseResult, CliContext> context, Func<ParseResult, DatabaseOptions> options)
    {
        var file = new Argument<string?>("file")
        {
            Description = "Tệp CSV đơn vị (code,name,level,type,parent_code,valid_from,valid_to[,population]); bỏ trống: danh mục kèm theo ChiSo / a units CSV; without it: the registry shipped with ChiSo",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("import", "Nhập đơn vị vào cơ sở dữ liệu; nhập hai lần không thay đổi gì / import units; importing twice changes nothing") { file };
        command.SetAction((result, cancel) => ImportAsync(result.GetValue(file), options(result), context(result), cancel));
        return command;
    }

    private static Command List(Func<ParseResult, CliContext> context, Func<ParseResult, DatabaseOptions> options)
    {
        var level = new Option<string?>("--level") { Description = "province | ministry | department | district | commune" };
        level.AcceptOnlyFromAmong([.. Enum.GetNames<UnitLevel>().Select(n => n.ToLowerInvariant())]);
        var on = new Option<string?>("--on") { Description = "Ngày, yyyy-MM-dd; mặc định hôm nay / the date, yyyy-MM-dd; default today" };
        var format = new Option<string>("--format") { Description = "table | csv | json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("list", "Danh mục đơn vị tại một ngày / the registry as it stood on a date") { level, on, format };
        command.SetAction((result, cancel) => ListAsync(
            result.GetValue(level), result.GetValue(on), result.GetValue(format)!, options(result), context(result), cancel));
        return command;
    }

    private static async Task<int> ImportAsync(string? file, DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        if (file is not null && !File.Exists(file))
        {
            context.Report([DataTableFiles.Missing(file)]);
            return ExitCodes.Failure;
        }

        await ChiSoDatabase.EnsureReadyAsync(options, cancel);
        await using var db = ChiSoDatabase.CreateContext(options);
        UnitImportResult result;
        if (file is null)
        {
            result = await UnitImport.ImportRegistryAsync(db, ShippedRegistry.Load(), cancel);
        }
        else
        {
            using var reader = new StreamReader(file, System.Text.Encoding.UTF8);
            var read = UnitFile.Read(reader, file);
            result = await UnitImport.ImportReadAsync(db, read.Units, read.Lines, file, read.Problems, cancel);
        }

        var errors = context.Report(result.Problems);
        if (result.Refused)
        {
            context.Err.WriteLine(context.T($"✗ {errors} lỗi: không ghi gì vào cơ sở dữ liệu.", $"✗ {errors} error(s): nothing was written."));
            return ExitCodes.InputProblems;
        }

        context.Out.WriteLine(result.Unchanged
            ? context.T("✓ Cơ sở dữ liệu đã có đủ các đơn vị này: không thay đổi gì.", "✓ The database already holds these units: nothing changed.")
            : context.T(
                $"✓ Đã thêm {result.UnitsAdded} đơn vị, cập nhật {result.UnitsUpdated}; thêm {result.SuccessionsAdded} quan hệ kế thừa, cập nhật {result.SuccessionsUpdated}.",
                $"✓ Added {result.UnitsAdded} units, updated {result.UnitsUpdated}; added {result.SuccessionsAdded} successions, updated {result.SuccessionsUpdated}."));
        return ExitCodes.Ok;
    }

    private static async Task<int> ListAsync(
        string? levelText, string? onText, string format, DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        var on = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);
        if (onText is not null && !DateOnly.TryParseExact(onText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
        {
            context.Err.WriteLine(context.T($"'{onText}' không phải là ngày: hãy viết yyyy-MM-dd, ví dụ 2025-07-01.", $"'{onText}' is not a date: write yyyy-MM-dd, e.g. 2025-07-01."));
            return ExitCodes.Usage;
        }

        UnitLevel? level = levelText is null ? null : Enum.Parse<UnitLevel>(levelText, ignoreCase: true);
        await ChiSoDatabase.EnsureReadyAsync(options, cancel);
        await using var db = ChiSoDatabase.CreateContext(options);
        var units = await UnitList.OnAsync(db, level, on, cancel);
        var chosen = format switch { "csv" => OutputFormat.Csv, "json" => OutputFormat.Json, _ => OutputFormat.Table };
        OutputFormats.Emit(UnitTable.Of(units, on, context), chosen, null, context);
        return ExitCodes.Ok;
    }
}
