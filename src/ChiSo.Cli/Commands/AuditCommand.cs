using System.CommandLine;
using System.Globalization;
using ChiSo.Data;
using ChiSo.Data.Audit;

namespace ChiSo.Cli.Commands;

/// <summary>
/// <c>chiso audit verify [--database …]</c>: the proof of <see cref="AuditCheck"/> (the hash chain, every result
/// snapshot against its hash, its audit event and the chain head it holds). Exit code 0 when everything holds,
/// 1 (<see cref="ExitCodes.InputProblems"/>) when anything was altered or deleted, naming the first broken event.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var database = DatabaseOption.Create();
        var command = new Command("audit", "Nhật ký kiểm toán / the audit log") { database };
        var verify = new Command("verify",
            "Kiểm tra chuỗi băm của nhật ký và các kết quả đã chốt; nêu sự kiện hỏng đầu tiên / checks the log's hash chain and the stored results; names the first broken event");
        verify.SetAction((result, cancel) => VerifyAsync(DatabaseOption.Read(result.GetValue(database)), context(result), cancel));
        command.Subcommands.Add(verify);
        return command;
    }

    private static async Task<int> VerifyAsync(DatabaseOptions options, CliContext context, CancellationToken cancel)
    {
        if (options.Provider == DatabaseProvider.Sqlite && ChiSoDatabase.SqliteFile(options.ConnectionString) is { } file && !File.Exists(file))
        {
            // Opening would create an empty database, which verifies trivially: say what is missing instead.
            context.Err.WriteLine(context.T($"Không có cơ sở dữ liệu {file}.", $"There is no database {file}."));
            return ExitCodes.Failure;
        }

        await ChiSoDatabase.EnsureReadyAsync(options, cancel);
        await using var db = ChiSoDatabase.CreateContext(options);
        var report = await AuditCheck.RunAsync(db, cancel);
        var events = report.EventsChecked.ToString(CultureInfo.InvariantCulture);
        var snapshots = report.SnapshotsChecked.ToString(CultureInfo.InvariantCulture);
        if (report.IsIntact)
        {
            context.Out.WriteLine(context.T(
                $"✓ Nhật ký nguyên vẹn: {events} sự kiện nối đúng chuỗi băm; {snapshots} kết quả đã chốt khớp mã băm và nhật ký.",
                $"✓ The audit log is intact: {events} events link in the hash chain; {snapshots} stored results match their hashes and the log."));
            return ExitCodes.Ok;
        }

        foreach (var finding in report.Findings)
        {
            context.Out.WriteLine("✗ " + Describe(finding, context));
        }

        context.Out.WriteLine(context.T(
            $"Nhật ký KHÔNG nguyên vẹn: {report.Findings.Length} vấn đề ({events} sự kiện, {snapshots} kết quả đã kiểm tra).",
            $"The audit log is NOT intact: {report.Findings.Length} problem(s) ({events} events, {snapshots} stored results checked)."));
        return ExitCodes.InputProblems;
    }

    private static string Describe(AuditFinding finding, CliContext context)
    {
        var problem = finding.Problem.In(context.Language);
        if (finding.EventId is not { } id)
        {
            return problem;
        }

        var at = finding.At is { } utc ? VietnamTime.FromUtc(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "?";
        var words = AuditWords.Describe(finding.Action ?? "", null).In(context.Language);
        return context.T(
            $"Sự kiện {id} · {at} · {finding.Actor} · {finding.Action} ({words}): {problem}",
            $"Event {id} · {at} · {finding.Actor} · {finding.Action} ({words}): {problem}");
    }
}
