using ChiSo.Engine.Composite;
using ChiSo.Engine.Composite.Coinr;

namespace ChiSo.Engine.Tests.Composite;

public class CoinrTablesTests
{
    private const string GoodMeta = "iCode,iName,Level,Type,Parent,Weight,Direction\na,A,1,Indicator,P,1,1\nb,B,1,Indicator,P,2,-1\nP,Pillar,2,Aggregate,,1,1\nG,Group,,Group,,,\n";

    private static CoinrImport Interpret(string meta, string data) =>
        CoinrTables.Interpret(ReferenceFiles.ParseCsv(meta, "iMeta.csv"), ReferenceFiles.ParseCsv(data, "iData.csv"));

    [Fact]
    public void Interpret_GoodTables_Succeeds()
    {
        var import = Interpret(GoodMeta, "uCode,uName,G,a,b\nX,Ex,g1,1,2\nY,Why,g2,,4\n");

        Assert.True(import.Succeeded);
        Assert.Equal([1, double.NaN], import.Data!.Columns["a"]);
        Assert.Equal("g2", import.Data.Group("G")!.Labels[1]);
    }

    [Fact]
    public void Interpret_BadData_ReportsEveryProblemWithLineAndColumn()
    {
        // Line 3: "n/a" is not a number (column a = 4th); line 4: duplicate X; column b is missing.
        var import = Interpret(GoodMeta, "uCode,uName,G,a\nX,Ex,g1,1\nY,Why,g2,n/a\nX,Again,g1,3\n");

        Assert.False(import.Succeeded);
        var notNumber = Assert.Single(import.Problems, p => p.Code == "TB003");
        Assert.Equal(new SourceSpan(3, 4), notNumber.At);
        Assert.Contains("không phải là số", notNumber.MessageVi, StringComparison.Ordinal);
        Assert.Equal(4, Assert.Single(import.Problems, p => p.Code == "TB005").At.Line);
        Assert.Single(import.Problems, p => p.Code == "CO011");
    }

    [Fact]
    public void Interpret_BadMeta_ReportsParentWeightDirectionAndMissingColumn()
    {
        var meta = "iCode,Level,Type,Parent,Weight,Direction\na,1,Indicator,Nope,0,2\nb,1,Indicator,P,x,1\nP,2,Aggregate,,1,1\n";

        var import = Interpret(meta, "uName\nX\n");

        var codes = import.Problems.Select(p => p.Code).ToHashSet();
        Assert.Subset(codes, new HashSet<string> { "CO002", "CO005", "CO006", "TB003" });
        Assert.Null(import.Model);
    }

    [Fact]
    public void Interpret_MissingRequiredColumn_IsReported()
    {
        var import = Interpret("iCode,Level,Type,Weight,Direction\na,1,Indicator,1,1\n", "uCode\nX\n");

        Assert.Contains(import.Problems, p => p.Code == "TB002" && p.MessageEn.Contains("'Parent'", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Cycle_IsReportedForEachNodeInIt()
    {
        var rows = new List<CompositeNode>
        {
            new("a", "a", 1, NodeType.Indicator, 1, 1, "P"),
            new("P", "P", 2, NodeType.Aggregate, 1, 1, "Q"),
            new("Q", "Q", 3, NodeType.Aggregate, 1, 1, "P"),
        };

        var build = CompositeModel.Build(rows);

        Assert.Null(build.Model);
        Assert.Equal(2, build.Problems.Count(p => p.Code == "CO004"));
    }

    [Fact]
    public void Build_DuplicateCodeAndChildlessAggregate_AreReported()
    {
        var rows = new List<CompositeNode>
        {
            new("a", "a", 1, NodeType.Indicator, 1, 1, "P"),
            new("a", "a", 1, NodeType.Indicator, 1, 1, "P"),
            new("P", "P", 2, NodeType.Aggregate, 1, 1, null),
            new("Empty", "Empty", 2, NodeType.Aggregate, 1, 1, null),
        };

        var build = CompositeModel.Build(rows);

        Assert.Contains(build.Problems, p => p.Code == "CO001");
        Assert.Contains(build.Problems, p => p.Code == "CO007");
    }
}
