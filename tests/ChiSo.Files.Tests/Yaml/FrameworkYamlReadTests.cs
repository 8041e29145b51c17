using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Yaml;

namespace ChiSo.Files.Tests.Yaml;

public class FrameworkYamlReadTests
{
    [Fact]
    public void Read_ValidFile_ReturnsTreeWithPositions()
    {
        var (framework, problems) = FrameworkYaml.Read(YamlText.Valid, YamlText.File);

        Assert.Empty(problems);
        Assert.NotNull(framework);
        Assert.Equal("test", framework.Id);
        Assert.Equal(2024, framework.Edition);
        var group = Assert.Single(framework.Tree);
        Assert.Equal(30, group.MaxPoints);
        Assert.Equal(["1.1", "1.2"], group.Children.Select(c => c.Code));
        // "  - code: "1"" is line 5; the mapping starts after "- ", at column 5.
        Assert.Equal(new SourceSpan(5, 5), group.At);
        Assert.Equal(new SourceSpan(9, 9), group.Children[0].At);
    }

    [Fact]
    public void Read_BadIndentation_OneSyntaxProblemAtTheLine()
    {
        var text = YamlText.WithTree("  - code: \"1\"\n    name: Một\n   max: 10\n");

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Null(framework);
        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.Syntax, problem.Code);
        // "   max: 10" is line 7; YamlDotNet marks the key, which starts at column 4.
        Assert.Equal(new SourceSpan(7, 4), problem.At);
        Assert.Contains("thụt lề", problem.MessageVi, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedQuote_OneSyntaxProblemWhereTheQuoteOpens()
    {
        var text = YamlText.WithTree("  - code: \"1\n    name: Một\n");

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Null(framework);
        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.Syntax, problem.Code);
        // The quote opens on line 5 at column 11: `  - code: "1`.
        Assert.Equal(new SourceSpan(5, 11), problem.At);
    }

    [Fact]
    public void Read_UnknownKey_NamesKeySuggestionAndAllowedKeysAtTheKey()
    {
        var text = YamlText.WithTree("  - code: \"1\"\n    nmae: Một\n    name: Một\n    max: 10\n");

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Null(framework);
        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.UnknownKey, problem.Code);
        Assert.Equal(new SourceSpan(6, 5), problem.At);
        Assert.Contains("\"nmae\"", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("Có phải ý bạn là \"name\"?", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"name\"?", problem.MessageEn, StringComparison.Ordinal);
        Assert.Contains("name_en, max, cap, scored", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextWhereNumberExpected_ProblemAtTheValue()
    {
        var text = YamlText.WithTree("  - code: \"1\"\n    name: Một\n    max: mười\n");

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Null(framework);
        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.WrongType, problem.Code);
        Assert.Equal(new SourceSpan(7, 10), problem.At);
        Assert.Contains("\"mười\"", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("a number", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedNumber_IsTextNotANumber()
    {
        var text = YamlText.WithTree("  - code: \"1\"\n    name: Một\n    max: \"10\"\n");

        var (_, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Equal(FrameworkProblemCodes.WrongType, Assert.Single(problems).Code);
    }

    [Fact]
    public void Read_NodeWithoutCodeAndName_TwoMissingKeyProblemsAtTheNode()
    {
        var text = YamlText.WithTree("  - max: 10\n");

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Null(framework);
        Assert.Equal(2, problems.Length);
        Assert.All(problems, p => Assert.Equal(FrameworkProblemCodes.MissingKey, p.Code));
        Assert.All(problems, p => Assert.Equal(new SourceSpan(5, 5), p.At));
        Assert.Contains(problems, p => p.MessageEn.Contains("\"code\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.MessageEn.Contains("\"name\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownWord_ListsTheAllowedWords()
    {
        var text = YamlText.WithTree("  - code: \"1\"\n    name: Một\n    max: 10\n    source: selfreport\n");

        var (_, problems) = FrameworkYaml.Read(text, YamlText.File);

        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.UnknownValue, problem.Code);
        Assert.Equal(new SourceSpan(8, 13), problem.At);
        Assert.Contains("self_report, platform, survey, reviewer", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateKey_ReportedAtTheSecondKey()
    {
        var text = YamlText.WithTree("  - code: \"1\"\n    name: Một\n    max: 10\n    max: 20\n");

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Null(framework);
        var problem = Assert.Single(problems);
        Assert.Equal(8, problem.At.Line);
        Assert.Contains("max", problem.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("- a\n- b\n")]
    [InlineData("id: a\n---\nid: b\n")]
    public void Read_NotOneMappingDocument_DocumentProblem(string text)
    {
        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Null(framework);
        Assert.Equal(FrameworkProblemCodes.Document, Assert.Single(problems).Code);
    }

    [Fact]
    public void Read_ScoreStyles_ScoreAtPointsAtTheFirstCharacterOfTheRule()
    {
        var text = YamlText.WithTree(
            "  - code: \"1\"\n    name: Một\n    max: 10\n    inputs: [{ id: a, type: number }]\n" +
            "    score: \"a * 2\"\n  - code: \"2\"\n    name: Hai\n    max: 10\n    score: |\n      max\n");

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Empty(problems);
        Assert.NotNull(framework);
        // Line 9 is `    score: "a * 2"`: the quote is at column 12, the rule's first character at 13.
        Assert.Equal(new SourceSpan(9, 13), framework.Tree[0].ScoreAt);
        // A block scalar's text starts on the next line (14), after six spaces.
        Assert.Equal(new SourceSpan(14, 7), framework.Tree[1].ScoreAt);
        Assert.Equal("max\n", framework.Tree[1].Score);
    }

    [Fact]
    public void Read_ChoiceOptions_KeepTheirOrder()
    {
        var text = YamlText.WithTree(
            "  - code: \"1\"\n    name: Một\n    max: 10\n" +
            "    inputs:\n      - { id: head, type: choice, options: { chu_tich: Chủ tịch, pho: Phó, khong: Không } }\n");

        var (framework, problems) = FrameworkYaml.Read(text, YamlText.File);

        Assert.Empty(problems);
        var input = Assert.Single(framework!.Tree[0].Inputs);
        Assert.Equal(InputType.Choice, input.Type);
        Assert.Equal(["chu_tich", "pho", "khong"], input.Options.Select(o => o.Key));
        // The flow mapping `{ id: head, ... }` opens at column 9 of line 9.
        Assert.Equal(new SourceSpan(9, 9), input.At);
    }
}
