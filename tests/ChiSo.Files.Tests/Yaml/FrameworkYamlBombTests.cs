using System.Globalization;
using System.Text;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Yaml;

namespace ChiSo.Files.Tests.Yaml;

/// <summary>
/// Framework files built to crash or hang a reader: each gets one problem with its place, in both languages, and
/// neither the reader nor the validator recurses into it. Before the bounds, each of these overflowed the stack or
/// ran for minutes.
/// </summary>
public class FrameworkYamlBombTests
{
    private static Problem Refusal(string text)
    {
        var (framework, _, problems) = FrameworkSources.FromYaml(text, YamlText.File);
        Assert.Null(framework);
        var problem = Assert.Single(problems);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.True(problem.At.IsKnown);
        Assert.NotEmpty(problem.MessageEn);
        return problem;
    }

    [Fact]
    public void Load_RecursiveAlias_RefusedAtTheAlias()
    {
        var problem = Refusal(YamlText.WithTree("  &t [{code: \"1\", name: Một, max: 10, children: *t}]\n"));

        Assert.Equal(new SourceSpan(5, 49), problem.At);
        Assert.Contains("bí danh YAML (*t)", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AliasFanOut_Refused()
    {
        var text = new StringBuilder("id: test\nedition: 2024\ntitle: Bom\nnotes: &a0 [\"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\"]\n");
        for (var level = 1; level <= 12; level++)
        {
            var previous = string.Create(CultureInfo.InvariantCulture, $"*a{level - 1}");
            text.Append(CultureInfo.InvariantCulture, $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 9))}]\n");
        }

        text.Append("tree: [{code: \"1\", name: Một, max: 10, description: *a12}]\n");

        Assert.Contains("bí danh", Refusal(text.ToString()).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HundredThousandNestedBrackets_RefusedAtTheFirstTooDeep()
    {
        var problem = Refusal("id: test\nedition: 2024\ntitle: Sâu\ntree: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        Assert.Equal(new SourceSpan(4, 6 + FrameworkLimits.MaxNesting), problem.At);
        Assert.Contains("lồng nhau quá sâu", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwentyThousandLevelTree_Refused()
    {
        var tree = new StringBuilder();
        for (var level = 0; level < 20_000; level++)
        {
            tree.Append(CultureInfo.InvariantCulture, $"[{{code: \"n{level}\", name: Nút, children: ");
        }

        tree.Append("[]").Append(string.Concat(Enumerable.Repeat("}]", 20_000)));

        Assert.Contains("lồng nhau quá sâu", Refusal("id: test\nedition: 2024\ntitle: Sâu\ntree: " + tree + "\n").MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TreeDeeperThanTheLimit_RefusedAtTheFirstTooDeepNode()
    {
        var problem = Refusal("id: test\nedition: 2024\ntitle: Sâu\ntree: [" + Chain(FrameworkLimits.MaxTreeDepth + 1) + "]\n");

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"sâu hơn {FrameworkLimits.MaxTreeDepth} cấp"), problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\"n{FrameworkLimits.MaxTreeDepth}\""), problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LargerThanTheLimit_Refused()
    {
        var text = YamlText.Valid + "\nnotes: \"" + new string('x', FrameworkLimits.MaxChars) + "\"\n";

        Assert.Contains("Tệp quá lớn", Refusal(text).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TreeAtTheLimit_IsRead()
    {
        var (framework, _, problems) = FrameworkSources.FromYaml("id: test\nedition: 2024\ntitle: Sâu\ntree: [" + Chain(FrameworkLimits.MaxTreeDepth) + "]\n", YamlText.File);

        Assert.DoesNotContain(problems, p => p.Severity == Severity.Error);
        Assert.NotNull(framework);
    }

    /// <summary>A tree of one node per level, <paramref name="levels"/> deep, in flow style.</summary>
    private static string Chain(int levels)
    {
        var node = string.Create(CultureInfo.InvariantCulture, $"{{code: \"n{levels}\", name: Nút, max: 1}}");
        for (var level = levels - 1; level >= 1; level--)
        {
            node = string.Create(CultureInfo.InvariantCulture, $"{{code: \"n{level}\", name: Nút, max: 1, children: [{node}]}}");
        }

        return node;
    }

    [Fact]
    public void Load_SeveralDuplicateKeys_ReportsEveryOne()
    {
        var text = "id: test\nedition: 2024\ntitle: Một\ntitle: Hai\ntree:\n  - code: \"1\"\n    name: Một\n    max: 10\n    max: 11\n";

        var (framework, _, problems) = FrameworkSources.FromYaml(text, YamlText.File);

        Assert.Null(framework);
        Assert.Equal([new SourceSpan(4, 1), new SourceSpan(9, 5)], problems.Select(p => p.At));
        Assert.All(problems, p => Assert.Equal(FrameworkProblemCodes.DuplicateKey, p.Code));
        Assert.Contains("lần đầu ở dòng 3", problems[0].MessageVi, StringComparison.Ordinal);
    }
}
