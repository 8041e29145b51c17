using ChiSo.Files.Csv;

namespace ChiSo.Files.Tests.Csv;

public class CsvRecordsTests
{
    [Fact]
    public void Read_QuotedFieldsBomAndBlankLines_FieldsAndLinesAsWritten()
    {
        var text = "\uFEFFcode, name \n01,\"Hà Nội, thủ đô\"\n\n02,\"Nói \"\"có\"\"\"\n";

        var (header, records) = CsvRecords.Read(new StringReader(text));

        Assert.Equal("code|name", string.Join("|", header));
        Assert.Equal(2, records.Length);
        Assert.Equal((2, "01", "Hà Nội, thủ đô"), (records[0].Line, records[0].Field(0), records[0].Field(1)));
        Assert.Equal((4, "02", "Nói \"có\""), (records[1].Line, records[1].Field(0), records[1].Field(1)));
    }

    [Fact]
    public void Field_ShortRecordOrMissingColumn_IsEmpty()
    {
        var (_, records) = CsvRecords.Read(new StringReader("a,b,c\n1\n"));

        Assert.Equal("1", records[0].Field(0));
        Assert.Equal("", records[0].Field(2));
        Assert.Equal("", records[0].Field(-1));
    }
}
