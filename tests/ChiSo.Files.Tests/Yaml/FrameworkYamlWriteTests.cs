using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Ranking;
using ChiSo.Files.Yaml;

namespace ChiSo.Files.Tests.Yaml;

public class FrameworkYamlWriteTests
{
    private static readonly FrameworkDefinition Everything = new()
    {
        Id = "everything",
        Edition = 2025,
        Title = "Mọi khóa: \"trích dẫn\", dấu # và dấu: hai chấm",
        TitleEn = "Every key",
        LegalBasis = new LegalBasis("922/QĐ-BTTTT", new DateOnly(2022, 5, 20)),
        UnitLevel = "province",
        Illustrative = true,
        Notes = "Dòng một\nDòng hai\n",
        Groups = [new ComparisonGroup("a", "Nhóm A"), new ComparisonGroup("b", "true", Ranked: false)],
        Display = new DisplayOptions { Total = 30, As = DisplayAs.Points, Decimals = 2 },
        Ranking = new RankingOptions { RoundDecimals = 3 },
        Aggregation = AggregationFamily.Composite,
        Tree =
        [
            new FrameworkNode
            {
                Code = "1",
                Name = "100",
                NameEn = "One",
                MaxPoints = 30,
                Cap = true,
                Weight = 0.25,
                Direction = -1,
                Children =
                [
                    new FrameworkNode
                    {
                        Code = "1.1",
                        Name = "Tiêu chí",
                        MaxPoints = 12.5,
                        Scored = false,
                        Description = "Mô tả",
                        Lead = "Văn phòng UBND tỉnh",
                        Source = InputSource.Survey,
                        Inputs =
                        [
                            new InputDefinition { Id = "head", Type = InputType.Choice, Label = "Trưởng ban", Options = [new("chu_tich", "Chủ tịch"), new("khong", "null")] },
                            new InputDefinition { Id = "n", Type = InputType.Percentage, Min = -1.5, Max = 100, Unit = "%" },
                            new InputDefinition { Id = "m", Type = InputType.Percentage },
                            new InputDefinition { Id = "ngay", Type = InputType.Date, Within = new DateWindow(Period: true) },
                            new InputDefinition { Id = "qd", Type = InputType.Document, Within = new DateWindow(true, new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30)) },
                        ],
                        Score = "choose(head, chu_tich = max, khong = 0)",
                        Checks =
                        [
                            new InputCheck { Rule = "m <= n", Message = "Phần: không quá \"tổng\"", MessageEn = "Part # whole" },
                            new InputCheck { Rule = "ngay >= date(2025-01-01)", Severity = CheckSeverity.Warning },
                        ],
                        Evidence = new EvidenceRule(true, "Quyết định"),
                    },
                ],
            },
        ],
    };

    [Fact]
    public void Write_ThenRead_GivesAnEqualModel()
    {
        var yaml = FrameworkYaml.Write(Everything);
        var (read, problems) = FrameworkYaml.Read(yaml, "written.yaml");

        Assert.Empty(problems);
        Assert.Equal(ModelText.Of(Everything), ModelText.Of(read!));
    }

    [Fact]
    public void Write_CodesAreQuotedAndDefaultsLeftOut()
    {
        var framework = Everything with
        {
            Tree = [new FrameworkNode { Code = "1", Name = "Một", MaxPoints = 10 }],
            Display = new DisplayOptions(),
        };

        var yaml = FrameworkYaml.Write(framework);

        Assert.Contains("- code: \"1\"\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("weight", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("display", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptyInputsAndChildren_ReadBackAsEmpty()
    {
        var framework = Everything with { Tree = [new FrameworkNode { Code = "x", Name = "X", MaxPoints = 1, Inputs = ImmutableArray<InputDefinition>.Empty }] };

        var (read, _) = FrameworkYaml.Read(FrameworkYaml.Write(framework), "x.yaml");

        Assert.True(read!.Tree[0].IsLeaf);
        Assert.Empty(read.Tree[0].Inputs);
        Assert.Equal(SourceSpan.None, read.Tree[0].ScoreAt);
    }
}
