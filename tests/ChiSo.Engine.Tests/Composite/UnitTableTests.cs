using ChiSo.Engine.Tables;

namespace ChiSo.Engine.Tests.Composite;

public class UnitTableTests
{
    [Fact]
    public void Interpret_MixedValues_KeepsTextNumbersAndLines()
    {
        var read = ReferenceFiles.ParseCsv("uCode,uName,Vung,HasPortal,Score,Date\nHN,Hà Nội,Bắc,có,12.5,2024-01-05\nHCM,TP HCM,Nam,không,,2024-02-01\n", "units.csv");

        var (table, problems) = UnitTable.Interpret(read, ["Vung"]);

        Assert.Empty(problems);
        Assert.Equal(["HN", "HCM"], table!.UnitCodes.ToArray());
        Assert.Equal([2, 3], table.Lines.ToArray());
        Assert.Equal("có", table.Value("HasPortal")!.TextAt(0));
        Assert.Equal(CellKind.Number, table.Value("Score")!.KindAt(0));
        Assert.Equal(12.5, table.Value("Score")!.Numbers[0]);
        Assert.Equal(CellKind.Empty, table.Value("Score")!.KindAt(1));
        Assert.Equal("2024-02-01", table.Value("Date")!.TextAt(1));
        Assert.Equal("Bắc", table.Groups[0].TextAt(0));
    }

    [Fact]
    public void Interpret_DuplicateUnitAndMissingGroup_AreReported()
    {
        var read = ReferenceFiles.ParseCsv("uCode,Score\nHN,1\nHN,2\n", "units.csv");

        var (_, problems) = UnitTable.Interpret(read, ["Vung"]);

        Assert.Contains(problems, p => p.Code == "TB005" && p.At.Line == 3);
        Assert.Contains(problems, p => p.Code == "TB002");
    }
}
