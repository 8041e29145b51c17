using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Tests.Frameworks;

public class FormulaPositionsTests
{
    [Theory]
    // `    score: max * foo(a)` — the rule starts at column 12 of line 9; "foo" is column 7 of the rule → 12 + 6 = 18.
    [InlineData("max * foo(a)", 7, 9, 18)]
    [InlineData("max * foo(a)", 1, 9, 12)]
    // A block rule: the second line starts at the same column as the first; "bad" is at offset 4 of line two.
    [InlineData("if(a,\n    bad, 0)", 11, 10, 16)]
    public void Map_ColumnInRule_LineAndColumnInFile(string rule, int column, int line, int fileColumn)
    {
        Assert.Equal(new SourceSpan(line, fileColumn), FormulaPositions.Map(new SourceSpan(9, 12), rule, column));
    }

    [Fact]
    public void Map_UnknownStart_StaysUnknown()
    {
        Assert.Equal(SourceSpan.None, FormulaPositions.Map(SourceSpan.None, "x", 1));
    }
}
