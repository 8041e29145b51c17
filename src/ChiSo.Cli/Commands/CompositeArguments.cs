using System.Globalization;
using ChiSo.Engine;
using ChiSo.Engine.Composite;

namespace ChiSo.Cli.Commands;

/// <summary>
/// Reads the composite options of <c>chiso compute</c>: <c>--impute none|mean|group-mean:COLUMN</c>,
/// <c>--treat none|winsorise[:N]</c>, <c>--normalise none|minmax:L,U|zscore:M,S</c>,
/// <c>--aggregate amean|gmean|hmean</c>.
/// </summary>
internal static class CompositeArguments
{
    public static CompositeOptions Parse(string? impute, string? treat, string? normalise, string? aggregate, List<Problem> errors)
    {
        var options = new CompositeOptions();
        options = Impute(impute ?? "none", options, errors);
        options = Treat(treat ?? "none", options, errors);
        options = Normalise(normalise ?? "minmax:0,100", options, errors);
        options = Aggregate(aggregate ?? "amean", options, errors);
        return options;
    }

    private static CompositeOptions Impute(string text, CompositeOptions options, List<Problem> errors)
    {
        var (name, argument) = Split(text);
        switch (name)
        {
            case "none":
                return options with { Imputation = ImputationMethod.None };
            case "mean":
                return options with { Imputation = ImputationMethod.ColumnMean };
            case "group-mean" when argument.Length > 0:
                return options with { Imputation = ImputationMethod.GroupMean, ImputationGroup = argument };
            default:
                errors.Add(Problem.Error("CL002", null, SourceSpan.None,
                    $"--impute '{text}' không hợp lệ. Dùng: none, mean hoặc group-mean:CỘT (ví dụ group-mean:GDP_group).",
                    $"--impute '{text}' is not valid. Use none, mean or group-mean:COLUMN (e.g. group-mean:GDP_group)."));
                return options;
        }
    }

    private static CompositeOptions Treat(string text, CompositeOptions options, List<Problem> errors)
    {
        var (name, argument) = Split(text);
        if (name == "none")
        {
            return options with { Treatment = TreatmentMethod.None };
        }

        if (name is "winsorise" or "winsorize")
        {
            if (argument.Length == 0)
            {
                return options with { Treatment = TreatmentMethod.WinsoriseThenLog };
            }

            if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0)
            {
                return options with { Treatment = TreatmentMethod.WinsoriseThenLog, WinsoriseMax = n };
            }
        }

        errors.Add(Problem.Error("CL002", null, SourceSpan.None,
            $"--treat '{text}' không hợp lệ. Dùng: none hoặc winsorise[:N] với N là số điểm tối đa được winsor hóa (mặc định 5).",
            $"--treat '{text}' is not valid. Use none or winsorise[:N], N being the most points to winsorise (default 5)."));
        return options;
    }

    private static CompositeOptions Normalise(string text, CompositeOptions options, List<Problem> errors)
    {
        var (name, argument) = Split(text);
        switch (name)
        {
            case "none":
                return options with { Normalisation = NormalisationMethod.None };
            case "minmax" when TryPair(argument, 0, 100, out var l, out var u) && l < u:
                return options with { Normalisation = NormalisationMethod.MinMax, MinMaxLower = l, MinMaxUpper = u };
            case "zscore" when TryPair(argument, 0, 1, out var m, out var s) && s > 0:
                return options with { Normalisation = NormalisationMethod.ZScore, ZScoreMean = m, ZScoreSd = s };
            default:
                errors.Add(Problem.Error("CL002", null, SourceSpan.None,
                    $"--normalise '{text}' không hợp lệ. Dùng: none, minmax:L,U (L < U, ví dụ minmax:0,100) hoặc zscore:M,S (S > 0, ví dụ zscore:10,2).",
                    $"--normalise '{text}' is not valid. Use none, minmax:L,U (L < U, e.g. minmax:0,100) or zscore:M,S (S > 0, e.g. zscore:10,2)."));
                return options;
        }
    }

    private static CompositeOptions Aggregate(string text, CompositeOptions options, List<Problem> errors)
    {
        AggregationMethod? method = text switch
        {
            "amean" => AggregationMethod.ArithmeticMean,
            "gmean" => AggregationMethod.GeometricMean,
            "hmean" => AggregationMethod.HarmonicMean,
            _ => null,
        };
        if (method is null)
        {
            errors.Add(Problem.Error("CL002", null, SourceSpan.None,
                $"--aggregate '{text}' không hợp lệ. Dùng: amean (trung bình cộng), gmean (trung bình nhân) hoặc hmean (trung bình điều hòa).",
                $"--aggregate '{text}' is not valid. Use amean (arithmetic), gmean (geometric) or hmean (harmonic mean)."));
            return options;
        }

        return options with { Aggregation = method.Value };
    }

    private static (string Name, string Argument) Split(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (text.Trim(), "") : (text[..colon].Trim(), text[(colon + 1)..].Trim());
    }

    private static bool TryPair(string argument, double defaultA, double defaultB, out double a, out double b)
    {
        (a, b) = (defaultA, defaultB);
        if (argument.Length == 0)
        {
            return true;
        }

        var parts = argument.Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out a)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out b);
    }
}
