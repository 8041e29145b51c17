using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Yaml;

namespace ChiSo.Files.Tests.Yaml;

public class FrameworkYamlViewTests
{
    private static string WithViews(string views) => YamlText.Valid + "\nviews:\n" + views;

    [Fact]
    public void Read_ViewsOfCodesAndOfWeightedParts_AfterTheTree()
    {
        var text = WithViews("""
              - code: A
                name: Tổng hai
                name_en: Both
                of: ["1.1", "1.2"]
                illustrative: true
                notes: Suy ra.
              - code: B
                name: Bình quân
                rule: weighted
                of:
                  - { code: A, weight: 0.4 }
                  - "1.2"
            """);

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Empty(problems);
        Assert.Equal(["A", "B"], framework!.Views.Select(v => v.Code));
        var a = framework.Views[0];
        Assert.Equal((ViewRule.Sum, "Both", true, "Suy ra."), (a.Rule, a.NameEn, a.Illustrative, a.Notes));
        Assert.Equal([new ViewPart("1.1"), new ViewPart("1.2")], a.Of.Select(p => p with { At = SourceSpan.None }));
        var b = framework.Views[1];
        Assert.Equal(ViewRule.Weighted, b.Rule);
        Assert.Equal([new ViewPart("A", 0.4), new ViewPart("1.2")], b.Of.Select(p => p with { At = SourceSpan.None }));
        // The file's tree ends on line 14; "views:" is line 15, the first view's mapping starts on line 16.
        Assert.Equal(16, a.At.Line);
    }

    [Fact]
    public void Read_UnknownRuleWordUnknownKeyAndMissingOf_EachReported()
    {
        var text = WithViews("""
              - code: A
                name: A
                rule: average
                colour: red
            """);

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Null(framework);
        Assert.Equal(
            [FrameworkProblemCodes.UnknownKey, FrameworkProblemCodes.MissingKey, FrameworkProblemCodes.UnknownValue],
            problems.Select(p => p.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FromYaml_ViewOfAnUnknownCode_RefusedAtThePartsLine()
    {
        var text = WithViews("""
              - code: A
                name: A
                of: ["1.1", "9.9"]
            """);

        var result = FrameworkSources.FromYaml(text, YamlText.File);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(FrameworkProblemCodes.ViewUnknownCode, problem.Code);
        Assert.Equal(18, problem.At.Line);
        Assert.Contains("9.9", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_ViewCodeOfANode_Refused()
    {
        var result = FrameworkSources.FromYaml(WithViews("  - { code: \"1\", name: A, of: [\"1.1\"] }\n"), YamlText.File);

        Assert.Equal([FrameworkProblemCodes.ViewCode], result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void FromYaml_ValidViews_PlannedAfterTheNodes()
    {
        var result = FrameworkSources.FromYaml(WithViews("  - { code: A, name: A, of: [\"1.1\", { code: \"1.2\", weight: 2 }] }\n"), YamlText.File);

        Assert.True(result.IsValid);
        var view = Assert.Single(result.Plan!.Views);
        Assert.Equal(result.Plan.Nodes.Length, view.Index);
        Assert.Equal(10 + (2 * 20), view.MaxPoints);
    }

    [Fact]
    public void Write_Views_ReadBackEqual()
    {
        var text = WithViews("  - { code: A, name: A, rule: weighted, of: [\"1.1\", { code: \"1.2\", weight: 0.25 }], illustrative: true, notes: x }\n");
        var (framework, _) = FrameworkYaml.Read(text, YamlText.File);

        var written = FrameworkYaml.Write(framework!);
        var (again, problems) = FrameworkYaml.Read(written, YamlText.File);

        Assert.Empty(problems);
        Assert.Equal(ModelText.Of(framework!), ModelText.Of(again!));
        Assert.Contains("views:", written, StringComparison.Ordinal);
    }
}
