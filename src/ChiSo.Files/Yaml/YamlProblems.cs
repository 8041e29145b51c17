using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChiSo.Files.Yaml;

/// <summary>The problems found while reading one YAML file, each placed at a node of it.</summary>
internal sealed class YamlProblems(string? file)
{
    public ImmutableArray<Problem>.Builder All { get; } = ImmutableArray.CreateBuilder<Problem>();

    public string? File => file;

    public bool HasErrors => All.Any(p => p.Severity == Severity.Error);

    public static SourceSpan At(Mark mark) => new(checked((int)mark.Line), checked((int)mark.Column));

    public static SourceSpan At(YamlNode node) => At(node.Start);

    public void Error(string code, YamlNode node, string vi, string en) => Error(code, At(node), vi, en);

    public void Error(string code, SourceSpan at, string vi, string en) => All.Add(Problem.Error(code, file, at, vi, en));

    public void WrongType(YamlNode node, string key, string vi, string en)
    {
        var shown = node is YamlScalarNode { Value: { } text } ? $" \"{text}\"" : "";
        Error(FrameworkProblemCodes.WrongType, node,
            $"Giá trị{shown} của \"{key}\" không đúng kiểu: cần {vi}.",
            $"The value{shown} of \"{key}\" has the wrong type: expected {en}.");
    }

    public void UnknownKey(YamlNode keyNode, string key, Bilingual where, IReadOnlyList<string> allowed)
    {
        var near = Nearest(key, allowed);
        var list = string.Join(", ", allowed);
        var (hintVi, hintEn) = near is null ? ("", "") : ($" Có phải ý bạn là \"{near}\"?", $" Did you mean \"{near}\"?");
        Error(FrameworkProblemCodes.UnknownKey, keyNode,
            $"Khóa \"{key}\" không có trong định dạng ở {where.Vi}.{hintVi} Các khóa được dùng: {list}.",
            $"The key \"{key}\" is not part of the format in {where.En}.{hintEn} Allowed keys: {list}.");
    }

    /// <summary>The allowed key closest to a typo, when it is close enough to be a likely intent.</summary>
    internal static string? Nearest(string key, IReadOnlyList<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = Distance(key.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Max(1, Math.Min(key.Length, best?.Length ?? 0) / 3) ? best : null;
    }

    // Optimal string alignment distance: a swap of two neighbours ("nmae") counts as one edit, as typos go.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
