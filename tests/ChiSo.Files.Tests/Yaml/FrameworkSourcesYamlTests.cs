using ChiSo.Engine;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Tests.Yaml;

public class FrameworkSourcesYamlTests
{
    [Fact]
    public void Load_ValidFile_ReturnsFrameworkWithoutProblems()
    {
        var (framework, _, problems) = FrameworkSources.FromYaml(YamlText.Valid, YamlText.File);

        Assert.Empty(problems);
        Assert.NotNull(framework);
    }

    [Fact]
    public void Load_DuplicateCode_NamesBothPlaces()
    {
        var text = YamlText.WithTree(
            "  - code: \"1\"\n    name: Một\n    max: 10\n  - code: \"1\"\n    name: Hai\n    max: 5\n");

        var (framework, _, problems) = FrameworkSources.FromYaml(text, YamlText.File);

        Assert.Null(framework);
        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.DuplicateCode, problem.Code);
        Assert.Equal(new SourceSpan(8, 5), problem.At);
        Assert.Equal("test.yaml", problem.File);
        Assert.Contains("dòng 5, cột 5", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("dòng 8, cột 5", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("line 5, column 5", problem.MessageEn, StringComparison.Ordinal);
        Assert.Contains("line 8, column 5", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ParentMaxNotSum_ReportsParentLineAndBothNumbers()
    {
        var text = YamlText.Valid.Replace("max: 30", "max: 35", StringComparison.Ordinal);

        var (framework, _, problems) = FrameworkSources.FromYaml(text, YamlText.File);

        Assert.Null(framework);
        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.MaxNotSum, problem.Code);
        Assert.Equal(new SourceSpan(5, 5), problem.At);
        Assert.Contains("35", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("30", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("are 35 but", problem.MessageEn, StringComparison.Ordinal);
        Assert.Contains("add up to 30", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NegativeWeight_ErrorAtTheNode()
    {
        var text = YamlText.WithTree("  - code: \"1\"\n    name: Một\n    max: 10\n    weight: -2\n");

        var (_, _, problems) = FrameworkSources.FromYaml(text, YamlText.File);

        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.Weight, problem.Code);
        Assert.Equal(new SourceSpan(5, 5), problem.At);
        Assert.Contains("-2", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InputMinAboveMax_ErrorAtTheInput()
    {
        var text = YamlText.WithTree(
            "  - code: \"1\"\n    name: Một\n    max: 10\n    scored: false\n    inputs:\n      - id: staff\n        type: integer\n        min: 5\n        max: 1\n");

        var (_, _, problems) = FrameworkSources.FromYaml(text, YamlText.File);

        var problem = Assert.Single(problems, p => p.Severity == Severity.Error);
        Assert.Equal(FrameworkProblemCodes.InputRange, problem.Code);
        Assert.Equal(new SourceSpan(10, 9), problem.At);
        Assert.Contains("min 5 above max 1", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKeyAndBadSum_ReportsBothInFileOrder()
    {
        var text = YamlText.Valid
            .Replace("max: 30", "max: 35", StringComparison.Ordinal)
            .Replace("        max: 20", "        maks: 20\n        max: 20", StringComparison.Ordinal);

        var (framework, _, problems) = FrameworkSources.FromYaml(text, YamlText.File);

        Assert.Null(framework);
        Assert.Equal([FrameworkProblemCodes.MaxNotSum, FrameworkProblemCodes.UnknownKey], problems.Select(p => p.Code));
    }

    [Fact]
    public void Load_WrongType_DoesNotRepeatItAsASumProblem()
    {
        var text = YamlText.Valid.Replace("max: 20", "max: hai mươi", StringComparison.Ordinal);

        var (_, _, problems) = FrameworkSources.FromYaml(text, YamlText.File);

        Assert.Equal(FrameworkProblemCodes.WrongType, Assert.Single(problems).Code);
    }

    [Fact]
    public void Load_ProblemFormat_ReadsLikeACompilerMessage()
    {
        var text = YamlText.WithTree("  - code: \"1\"\n    name: Một\n    max: 10\n    weight: 0\n");

        var (_, _, problems) = FrameworkSources.FromYaml(text, YamlText.File);

        Assert.StartsWith("test.yaml:5:5: lỗi FW105: ", Assert.Single(problems).Format(Language.Vi), StringComparison.Ordinal);
    }
}
