using ChiSo.Engine.Tables;
using ChiSo.Files.Csv;

namespace ChiSo.Files.Tests.Csv;

public class CsvTableReaderTests
{
    [Fact]
    public void Read_ClassifiesCellsAndKeepsLineNumbers()
    {
        var csv = "uCode,Score,Note\nA,1.5,có\nB,,NA\nC,-2e3,\"x, y\"\n";

        var read = CsvTableReader.Read(new StringReader(csv), "t.csv");

        Assert.Empty(read.Problems);
        var table = read.Table!;
        Assert.Equal([2, 3, 4], table.RowLines.ToArray());
        Assert.Equal([1.5, double.NaN, -2000], table.Find("Score")!.Numbers);
        Assert.Null(table.Find("Score")!.Texts);
        Assert.Equal("có", table.Find("Note")!.TextAt(0));
        Assert.Equal(CellKind.Empty, table.Find("Note")!.KindAt(1));
        Assert.Equal("x, y", table.Find("Note")!.TextAt(2));
        Assert.Equal(3, table.Find("Note")!.SourceColumn);
    }

    [Fact]
    public void Read_CodeWithLeadingZeros_KeepsItsTextAndItsNumber()
    {
        // Regression: province code "06" came back as "6" and demo data lost the official codes.
        var read = CsvTableReader.Read(new StringReader("uCode,x\n06,0.5\n00004,07\n"), "t.csv");

        var codes = read.Table!.Find("uCode")!;
        Assert.Equal("06", codes.TextAt(0));
        Assert.Equal("00004", codes.TextAt(1));
        Assert.Equal(CellKind.Number, read.Table.Find("x")!.KindAt(1));
        Assert.Equal(7, read.Table.Find("x")!.Numbers[1]);
        Assert.Equal("0.5", read.Table.Find("x")!.TextAt(0));
    }

    [Fact]
    public void Read_DuplicateHeader_IsReported()
    {
        var read = CsvTableReader.Read(new StringReader("a,a\n1,2\n"), "t.csv");

        Assert.Equal("TB001", Assert.Single(read.Problems).Code);
    }

    [Fact]
    public void CoinrCsv_Asem_ReadsWithoutProblems()
    {
        var folder = AsemFolder();

        var import = CoinrCsv.Read(Path.Combine(folder, "asem_iMeta.csv"), Path.Combine(folder, "asem_iData.csv"));

        Assert.True(import.Succeeded);
        Assert.Empty(import.Problems);
        Assert.Equal(51, import.Data!.UnitCount);
        Assert.Equal(4.097985, import.Data.Columns["LPI"][0]);
    }

    [Fact]
    public void ReadFile_Missing_IsAProblemNotAnException()
    {
        var read = CsvTableReader.ReadFile(Path.Combine(Path.GetTempPath(), "does-not-exist-chiso.csv"));

        Assert.Null(read.Table);
        Assert.Equal("TB006", Assert.Single(read.Problems).Code);
    }

    internal static string AsemFolder() => RepositoryRoot.Of("tests", "ChiSo.Engine.Tests", "ReferenceResults", "asem");
}
