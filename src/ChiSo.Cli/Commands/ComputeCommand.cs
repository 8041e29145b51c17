using System.CommandLine;
using ChiSo.Cli.Output;

namespace ChiSo.Cli.Commands;

/// <summary>
/// <c>chiso compute</c>: scores and ranks, either a COINr iMeta/iData pair (composite) or a framework with a data
/// table (points or composite, as the framework says).
/// </summary>
internal static class ComputeCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var meta = new Option<string>("--meta") { Description = "iMeta của COINr (.csv/.xlsx) / COINr iMeta table" };
        var data = new Option<string>("--data") { Description = "Bảng dữ liệu đơn vị (.csv/.xlsx) / unit data table", Required = true };
        var framework = new Option<string>("--framework") { Description = "Bộ chỉ số (.yaml/.xlsx) / framework file" };
        var impute = new Option<string>("--impute") { Description = "none | mean | group-mean:CỘT" };
        var treat = new Option<string>("--treat") { Description = "none | winsorise[:N]" };
        var normalise = new Option<string>("--normalise") { Description = "none | minmax:L,U | zscore:M,S (mặc định minmax:0,100)" };
        var aggregate = new Option<string>("--aggregate") { Description = "amean | gmean | hmean (mặc định amean)" };
        var given = new Option<string>("--given") { Description = "Cột MÃ trong dữ liệu là points (điểm, mặc định) hay value (0–1)", DefaultValueFactory = _ => "points" };
        given.AcceptOnlyFromAmong("points", "value");
        var output = new Option<string>("--out") { Description = "Tệp kết quả (.csv/.json/.xlsx) / results file" };
        var format = new Option<string>("--format") { Description = "table | csv | json | xlsx" };
        format.AcceptOnlyFromAmong("table", "csv", "json", "xlsx");

        var command = new Command("compute", "Tính điểm và xếp hạng / compute scores and ranks")
        {
            meta, data, framework, impute, treat, normalise, aggregate, given, output, format,
        };
        command.SetAction(result =>
        {
            var ctx = context(result);
            var request = new ComputeRequest(
                result.GetValue(meta), result.GetValue(data)!, result.GetValue(framework),
                result.GetValue(impute), result.GetValue(treat), result.GetValue(normalise), result.GetValue(aggregate),
                result.GetValue(given) == "value", result.GetValue(output), result.GetValue(format));
            return Run(request, ctx);
        });
        return command;
    }

    private static int Run(ComputeRequest request, CliContext context)
    {
        PhaseTimings.Mark("start-up");
        if ((request.Meta is null) == (request.Framework is null))
        {
            context.Err.WriteLine(context.T(
                "Hãy cho đúng một trong hai: --meta iMeta.csv (COINr) hoặc --framework bộ-chỉ-số.yaml.",
                "Give exactly one of --meta iMeta.csv (COINr) or --framework framework.yaml."));
            return ExitCodes.Usage;
        }

        var format = OutputFormats.Resolve(request.Format, request.Out, context);
        if (format is null)
        {
            return ExitCodes.Usage;
        }

        var (table, problems) = request.Meta is not null
            ? CoinrCompute.Run(request, context)
            : FrameworkCompute.Run(request, context);
        var errors = context.Report(problems);
        if (table is null || errors > 0)
        {
            context.Err.WriteLine(context.T("Không tính được: hãy sửa các lỗi trên. Không có tệp nào được ghi.", "Nothing computed: fix the problems above. No file was written."));
            return table is null ? ExitCodes.Of(problems) : ExitCodes.InputProblems;
        }

        OutputFormats.Emit(table, format.Value, request.Out, context);
        PhaseTimings.Mark("write");
        return ExitCodes.Ok;
    }
}

/// <summary>Everything <c>chiso compute</c> was asked.</summary>
internal sealed record ComputeRequest(
    string? Meta,
    string Data,
    string? Framework,
    string? Impute,
    string? Treat,
    string? Normalise,
    string? Aggregate,
    bool GivenAsValue,
    string? Out,
    string? Format)
{
    /// <summary>People read the console table best-first; files keep the data's order.</summary>
    public bool SortByRank => Out is null && Format is null or "table";
}
