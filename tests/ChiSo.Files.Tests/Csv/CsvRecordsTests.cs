using ChiSo.Files.Csv;

namespace ChiSo.Files.Tests.Csv;

public class CsvRecordsTests
{
    [Fact]
    public void Read_QuotedFieldsBomAndBlankLines_FieldsAndLinesAsWritten()
    {
        var text = "\uFEFFcode, name \n01,\"Hà Nội, thủ đô\"\n\n02,\"Nói \"\"có\"\"\"\n";

        var (header, records, problems) = CsvRecords.Read(new StringReader(text), "a.csv");

        Assert.Empty(problems);

        Assert.Equal("code|name", string.Join("|", header));
        Assert.Equal(2, records.Length);
        Assert.Equal((2, "01", "Hà Nội, thủ đô"), (records[0].Line, records[0].Field(0), records[0].Field(1)));
        Assert.Equal((4, "02", "Nói \"có\""), (records[1].Line, records[1].Field(0), records[1].Field(1)));
    }

    [Fact]
    public void Field_ShortRecordOrMissingColumn_IsEmpty()
    {
        var (_, records, _) = CsvRecords.Read(new StringReader("a,b,c\n1\n"), "a.csv");

        Assert.Equal("1", records[0].Field(0));
        Assert.Equal("", records[0].Field(2));
        Assert.Equal("", records[0].Field(-1));
    }

    [Fact]
    public void Read_TextAfterAClosingQuote_RefusedWithTheLineNotThrown()
    {
        var (header, records, problems) = CsvRecords.Read(new StringReader("code,name\n01,\"Hà Nội\"x\n"), "a.csv");

        var problem = Assert.Single(problems);
        Assert.Equal(("CSV001", 2), (problem.Code, problem.At.Line));
        Assert.Contains("dòng 2", problem.MessageVi, StringComparison.Ordinal);
        Assert.Empty(header);
        Assert.Empty(records);
    }
}
