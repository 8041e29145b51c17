using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChiSo.Cli.Output;
using ChiSo.Engine.Composite;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Cli.Commands;

/// <summary>What <c>chiso explain</c> was asked, whichever family the framework is.</summary>
internal sealed record ExplainRequest(string? Framework, string? Meta, string Data, string Unit, string? Node, int Depth, bool Json);

/// <summary>
/// <c>chiso explain</c> for a composite (COINr iMeta, or a framework with <c>aggregation: composite</c>): each
/// aggregate as the sum of its children's weighted contributions, each indicator from its raw value to its score.
/// </summary>
internal static class CompositeExplain
{
    public static Option<string>[] Options() =>
    [
        new("--impute") { Description = "Chỉ số tổng hợp: none | mean | group-mean:CỘT" },
        new("--treat") { Description = "Chỉ số tổng hợp: none | winsorise[:N]" },
        new("--normalise") { Description = "Chỉ số tổng hợp: none | minmax:L,U | zscore:M,S (mặc định minmax:0,100)" },
        new("--aggregate") { Description = "Chỉ số tổng hợp: amean | gmean | hmean (mặc định amean)" },
    ];

    /// <summary>True for an iMeta, or a framework that aggregates as a composite (then returned loaded).</summary>
    public static bool Handles(ExplainRequest request, out FrameworkDefinition? framework)
    {
        framework = null;
        if (request.Meta is not null)
        {
            return true;
        }

        var loaded = FrameworkFiles.Load(request.Framework!).Framework;
        framework = loaded?.Aggregation == AggregationFamily.Composite ? loaded : null;
        return framework is not null;
    }

    // methods: the values of Options(), in order.
    public static int Run(ExplainRequest request, FrameworkDefinition? framework, string?[] methods, CliContext context)
    {
        var compute = new ComputeRequest(request.Meta, request.Data, request.Framework, methods[0], methods[1], methods[2], methods[3], false, null, null);
        var (model, data, options, problems) = CoinrCompute.Prepare(compute, framework);
        if (context.Report(problems) > 0 || model is null || data is null || options is null)
        {
            return ExitCodes.InputProblems;
        }

        var unit = data.UnitCodes.IndexOf(request.Unit);
        if (unit < 0)
        {
            context.Err.WriteLine(context.T($"Không có đơn vị mã '{request.Unit}' trong {request.Data}.", $"No unit with code '{request.Unit}' in {request.Data}."));
            return ExitCodes.InputProblems;
        }

        var node = request.Node is null ? model.Nodes.Length - 1 : model.IndexOf(request.Node);
        if (node < 0)
        {
            context.Err.WriteLine(context.T($"Không có nút mã '{request.Node}' trong bộ chỉ số.", $"No node with code '{request.Node}' in the framework."));
            return ExitCodes.InputProblems;
        }

        var result = CompositeCalculator.Compute(model, data, options with { RankIndicators = true });
        context.Report(result.Problems);
        var explanation = CompositeExplainer.Explain(model, data, options, result, unit, node, Math.Max(0, request.Depth));
        if (request.Json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(explanation, ExplainJson.Relaxed.CompositeExplanation));
            return ExitCodes.Ok;
        }

        context.Out.WriteLine($"{data.UnitNames[unit]} ({request.Unit})");
        context.Out.WriteLine(context.T(
            "Mã              Điểm   Hạng   Trọng số   Trọng số dùng   Đóng góp   Tên",
            "Code           Score   Rank     Weight     Weight used   Contrib.   Name"));
        CompositeExplainText.Write(explanation, 0, context);
        return ExitCodes.Ok;
    }
}

/// <summary>The text form of a <see cref="CompositeExplanation"/>: one line per node, and an indicator's steps below it.</summary>
internal static class CompositeExplainText
{
    public static void Write(CompositeExplanation e, int indent, CliContext context)
    {
        string N(double v, int d = 2) => VietnameseFormat.Number(v, d, context.Language);
        var code = (new string(' ', indent * 2) + e.Code).PadRight(14);
        var rank = e.Rank == 0 ? "–" : e.Rank.ToString(CultureInfo.InvariantCulture);
        var weight = double.IsNaN(e.Weight) ? "" : N(e.Weight, 2);
        var used = double.IsNaN(e.WeightUsed) ? "" : N(e.WeightUsed, 4);
        var contribution = double.IsNaN(e.Contribution) ? "" : N(e.Contribution, 4);
        context.Out.WriteLine($"{code} {N(e.Score, 4),8} {rank,6} {weight,10} {used,15} {contribution,10}   {e.Name}");
        var pad = new string(' ', (indent * 2) + 4);
        if (e.Aggregation is { } method && e.Children.Length > 0)
        {
            context.Out.WriteLine(pad + method switch
            {
                AggregationMethod.ArithmeticMean => context.T("= tổng các đóng góp (trọng số dùng × điểm; trọng số chia lại trên các thành phần có số liệu)",
                    "= sum of contributions (weight used × score; weights rescaled over the children present)"),
                AggregationMethod.GeometricMean => context.T("= tích các đóng góp (điểm ^ trọng số dùng)", "= product of contributions (score ^ weight used)"),
                AggregationMethod.HarmonicMean => context.T("= 1 / tổng các đóng góp (trọng số dùng / điểm)", "= 1 / sum of contributions (weight used / score)"),
            });
        }

        if (e.Trace is { } t)
        {
            var imputed = t.WasImputed ? N(t.Imputed, 4) : context.T("không", "none");
            var treated = t.LogTransformed ? context.T($"log → {N(t.Treated, 4)}", $"log → {N(t.Treated, 4)}")
                : t.Winsorised > 0 ? context.T($"winsor hóa {t.Winsorised} điểm → {N(t.Treated, 4)}", $"{t.Winsorised} points winsorised → {N(t.Treated, 4)}")
                : context.T("không", "none");
            var parameters = t.Method switch
            {
                NormalisationMethod.MinMax => $" [min {N(t.ParameterA, 4)}; max {N(t.ParameterB, 4)}]",
                NormalisationMethod.ZScore => context.T($" [trung bình {N(t.ParameterA, 4)}; độ lệch chuẩn {N(t.ParameterB, 4)}]", $" [mean {N(t.ParameterA, 4)}; sd {N(t.ParameterB, 4)}]"),
                _ => "",
            };
            context.Out.WriteLine(pad + context.T(
                $"giá trị gốc {N(t.Raw, 4)} → điền thiếu: {imputed} → xử lý ngoại lai: {treated} → chiều {t.Direction:+0;-0}: {N(t.Oriented, 4)} → chuẩn hóa {t.Method}{parameters}: {N(t.Normalised, 4)}",
                $"raw {N(t.Raw, 4)} → imputation: {imputed} → outliers: {treated} → direction {t.Direction:+0;-0}: {N(t.Oriented, 4)} → {t.Method} normalisation{parameters}: {N(t.Normalised, 4)}"));
        }

        foreach (var child in e.Children)
        {
            Write(child, indent + 1, context);
        }
    }
}
