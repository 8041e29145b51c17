using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Ranking;
using static ChiSo.Engine.Tests.Frameworks.Build;

namespace ChiSo.Engine.Tests.Frameworks;

public class FrameworkValidatorTests
{
    private static string[] Codes(FrameworkDefinition f) => [.. FrameworkValidator.Validate(f, "f.yaml").Select(p => p.Code)];

    [Fact]
    public void Validate_ConsistentTree_NoProblems()
    {
        var f = Framework(Parent("I", 30, Leaf("1", 10), Leaf("2", 20))) with { Display = new DisplayOptions { Total = 30 } };

        Assert.Empty(FrameworkValidator.Validate(f, "f.yaml"));
    }

    [Fact]
    public void Validate_ParentMaxNotSum_ErrorAtParentWithBothNumbers()
    {
        var parent = Parent("I", 35, Leaf("1", 10), Leaf("2", 20));

        var problem = Assert.Single(FrameworkValidator.Validate(Framework(parent), "f.yaml"));

        Assert.Equal(FrameworkProblemCodes.MaxNotSum, problem.Code);
        Assert.Equal(parent.At, problem.At);
        Assert.Equal("f.yaml", problem.File);
        Assert.Contains("là 35 nhưng", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains("là 30;", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ParentWithoutMax_TakesTheSum()
    {
        var f = Framework(Parent("I", null, Leaf("1", 0.1), Leaf("2", 0.2))) with { Display = new DisplayOptions { Total = 0.3 } };

        Assert.Empty(Codes(f));
        Assert.Equal(0.1 + 0.2, FrameworkTree.WithResolvedMaxima(f).Tree[0].MaxPoints);
    }

    [Theory]
    [InlineData(20, new string[0])]
    [InlineData(30, new string[0])]
    [InlineData(31, new[] { FrameworkProblemCodes.CapAboveSum })]
    public void Validate_CappedParent_MayBeBelowButNotAboveTheSum(double cap, string[] expected)
    {
        var f = Framework(Parent("I", cap, Leaf("1", 10), Leaf("2", 20)) with { Cap = true });

        Assert.Equal(expected, Codes(f));
    }

    [Fact]
    public void Validate_UnscoredChild_DoesNotCountTowardsTheSum()
    {
        // QĐ 922: Đô thị thông minh (0 points, "không tính điểm") sits in group I (500 points) beside five 100s.
        var smartCity = Parent("6", 0, Leaf("6.1", null) with { Scored = false }) with { Scored = false };
        var f = Framework(Parent("I", 100, Leaf("1", 100), smartCity));

        Assert.Empty(Codes(f));
    }

    [Fact]
    public void Validate_UnscoredNodeWithMax_Warning()
    {
        var f = Framework(Parent("I", 10, Leaf("1", 10), Leaf("2", 5) with { Scored = false }));

        var problem = Assert.Single(FrameworkValidator.Validate(f, null));
        Assert.Equal((FrameworkProblemCodes.UnscoredWithMax, Severity.Warning), (problem.Code, problem.Severity));
    }

    [Fact]
    public void Validate_DuplicateCode_BothPlacesNamed()
    {
        var first = Leaf("1", 10);
        var second = Leaf("1", 20);

        var problem = Assert.Single(FrameworkValidator.Validate(Framework(Parent("I", 30, first, second)), "f.yaml"));

        Assert.Equal(FrameworkProblemCodes.DuplicateCode, problem.Code);
        Assert.Equal(second.At, problem.At);
        Assert.Contains($"dòng {first.At.Line}, cột 5", problem.MessageVi, StringComparison.Ordinal);
        Assert.Contains($"dòng {second.At.Line}, cột 5", problem.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Validate_WeightNotPositive_Error(double weight)
    {
        Assert.Equal([FrameworkProblemCodes.Weight], Codes(Framework(Leaf("1", 10) with { Weight = weight })));
    }

    [Fact]
    public void Validate_DirectionNotPlusOrMinusOne_Error()
    {
        Assert.Equal([FrameworkProblemCodes.Direction], Codes(Framework(Leaf("1", 10) with { Direction = 2 })));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    public void Validate_ScoredLeafWithoutPositiveMax_Error(double? max)
    {
        Assert.Equal([FrameworkProblemCodes.LeafMax], Codes(Framework(Leaf("1", max))));
    }

    [Fact]
    public void Validate_CompositeFramework_DoesNotCheckPoints()
    {
        var f = Framework(Parent("I", 35, Leaf("1", null), Leaf("2", null))) with { Aggregation = AggregationFamily.Composite };

        Assert.Empty(Codes(f));
    }

    [Fact]
    public void Validate_DisplayTotalDiffersFromRoots_Error()
    {
        // DTI 922: roots I (500) and II (500) give 1,000.
        var f = Framework(Leaf("I", 500), Leaf("II", 500)) with { Display = new DisplayOptions { Total = 900, At = new SourceSpan(7, 10) } };

        var problem = Assert.Single(FrameworkValidator.Validate(f, null));

        Assert.Equal(FrameworkProblemCodes.DisplayTotal, problem.Code);
        Assert.Equal(new SourceSpan(7, 10), problem.At);
        Assert.Contains("900", problem.MessageEn, StringComparison.Ordinal);
        Assert.Contains("1000", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HeaderProblems_AllReported()
    {
        var f = Framework() with
        {
            Id = "",
            Title = " ",
            Groups = [new ComparisonGroup("a", "A"), new ComparisonGroup("a", "B")],
            Display = new DisplayOptions { Decimals = -1 },
            Ranking = new RankingOptions { RoundDecimals = 16 },
        };

        Assert.Equal(
            [FrameworkProblemCodes.EmptyText, FrameworkProblemCodes.EmptyText, FrameworkProblemCodes.DuplicateGroup,
             FrameworkProblemCodes.Decimals, FrameworkProblemCodes.Decimals, FrameworkProblemCodes.EmptyTree],
            Codes(f));
    }

    [Fact]
    public void Validate_ParentWithScore_Error()
    {
        var f = Framework(Parent("I", 10, Leaf("1", 10)) with { Score = "max" });

        Assert.Equal([FrameworkProblemCodes.ScoreOnParent], Codes(f));
    }
}
