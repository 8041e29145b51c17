using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Tests.Frameworks;

public class FrameworkTreeTests
{
    private static FrameworkRow Row(string code, string? parent, int line) =>
        new(new FrameworkNode { Code = code, Name = code, MaxPoints = 1, At = new SourceSpan(line, 1) }, parent);

    [Fact]
    public void FromRows_ParentCodes_BuildTheTreeInRowOrder()
    {
        var (roots, problems) = FrameworkTree.FromRows(
            [Row("1", null, 2), Row("1.2", "1", 3), Row("2", "", 4), Row("1.1", "1", 5), Row("1.1.1", "1.1", 6)], "c.xlsx");

        Assert.Empty(problems);
        Assert.Equal(["1", "2"], roots.Select(r => r.Code));
        Assert.Equal(["1.2", "1.1"], roots[0].Children.Select(c => c.Code));
        Assert.Equal("1.1.1", Assert.Single(roots[0].Children[1].Children).Code);
        Assert.Equal(["1", "1.2", "1.1", "1.1.1", "2"], FrameworkTree.Descendants(roots).Select(n => n.Code));
    }

    [Fact]
    public void FromRows_UnknownParent_ErrorAtTheRowAndRowLeftOut()
    {
        var (roots, problems) = FrameworkTree.FromRows([Row("1", null, 2), Row("1.1", "9", 3)], "c.xlsx");

        var problem = Assert.Single(problems);
        Assert.Equal((FrameworkProblemCodes.UnknownParent, new SourceSpan(3, 1), "c.xlsx"), (problem.Code, problem.At, problem.File));
        Assert.Contains("\"9\"", problem.MessageVi, StringComparison.Ordinal);
        Assert.True(Assert.Single(roots).IsLeaf);
    }

    [Fact]
    public void FromRows_Cycle_ReportedOnceWithItsPath()
    {
        var (roots, problems) = FrameworkTree.FromRows(
            [Row("1", null, 2), Row("a", "c", 3), Row("b", "a", 4), Row("c", "b", 5), Row("d", "a", 6)], null);

        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.Cycle, problem.Code);
        Assert.Equal(new SourceSpan(3, 1), problem.At);
        Assert.Contains("a → c → b → a", problem.MessageEn, StringComparison.Ordinal);
        Assert.Equal(["1"], FrameworkTree.Descendants(roots).Select(n => n.Code));
    }

    [Fact]
    public void FromRows_SelfParent_IsACycle()
    {
        var (_, problems) = FrameworkTree.FromRows([Row("a", "a", 2)], null);

        Assert.Equal(FrameworkProblemCodes.Cycle, Assert.Single(problems).Code);
    }

    [Fact]
    public void FromRows_DuplicateCode_ErrorNamingBothRows()
    {
        var (_, problems) = FrameworkTree.FromRows([Row("1", null, 2), Row("1", null, 7)], null);

        var problem = Assert.Single(problems);
        Assert.Equal(FrameworkProblemCodes.DuplicateCode, problem.Code);
        Assert.Contains("line 2 and again on line 7", problem.MessageEn, StringComparison.Ordinal);
    }
}
