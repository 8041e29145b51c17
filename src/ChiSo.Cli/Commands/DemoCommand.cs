using System.CommandLine;
using ChiSo.Data;
using ChiSo.Data.Demo;
using ChiSo.Data.Results;
using ChiSo.Files.Units;
using ChiSo.Files;

namespace ChiSo.Cli.Commands;

/// <summary>
/// <c>chiso demo seed [--database …]</c>: fills a database with demo campaigns (all named "[DEMO] …"), unless it
/// has them already.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var database = DatabaseOption.Create();
        var seed = new Command("seed", "Tạo dữ liệu mẫu (được đánh dấu [DEMO]) / create demo data (labelled [DEMO])") { database };
        seed.SetAction((result, cancellationToken) => SeedAsync(result.GetValue(database), context(result), cancellationToken));
        return new Command("demo", "Dữ liệu mẫu / demo data") { seed };
    }

    private static async Task<int> SeedAsync(string? database, CliContext context, CancellationToken cancellationToken)
    {
        var options = DatabaseOption.Read(database);
        var frameworks = DemoSeeder.ShippedFrameworks(FrameworksFolder);
        if (frameworks.Count == 0)
        {
            context.Err.WriteLine(context.T(
                $"Không tìm thấy các bộ chỉ số kèm theo ChiSo trong {FrameworksFolder}. Hãy cài lại ChiSo.",
                $"The frameworks shipped with ChiSo are missing from {FrameworksFolder}. Reinstall ChiSo."));
            return ExitCodes.InputProblems;
        }

        await ChiSoDatabase.EnsureReadyAsync(options, cancellationToken).ConfigureAwait(false);
        var db = ChiSoDatabase.CreateContext(options);
        await using (db.ConfigureAwait(false))
        {
            var result = await new DemoSeeder(db, TimeProvider.System, new ScoringPlans(FrameworkSources.FromYaml)).SeedAsync(
                frameworks, ShippedRegistry.Load, new DemoProgress(step => context.Err.WriteLine(context.T(step.Vi, step.En))), cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine(result.AlreadySeeded
                ? context.T(
                    $"Cơ sở dữ liệu đã có {result.Campaigns} kỳ đánh giá mẫu [DEMO]; không tạo thêm.",
                    $"The database already has {result.Campaigns} [DEMO] campaigns; nothing was added.")
                : context.T(
                    $"Đã tạo {result.Campaigns} kỳ đánh giá mẫu [DEMO], {result.InputValues} giá trị số liệu và {result.Snapshots} bản kết quả.",
                    $"Created {result.Campaigns} [DEMO] campaigns, {result.InputValues} input values and {result.Snapshots} result snapshots."));
            return ExitCodes.Ok;
        }
    }

    private static string FrameworksFolder => Path.Combine(AppContext.BaseDirectory, "frameworks");
}
