using ChiSo.Files.Results;
using ClosedXML.Excel;

namespace ChiSo.Files.Tests.Results;

public class ResultsWorkbookTests
{
    private static readonly ResultTable Ranking = new(
        "Xếp hạng DTI cấp tỉnh 2022: giá trị và thứ hạng",
        ["Mã", "Tỉnh", "Giá trị", "Hạng", "Ngày công bố", "Được xếp hạng"],
        [
            ["01", "Hà Nội", 0.6149, 2, new DateOnly(2023, 7, 26), true],
            ["79", "Thành phố Hồ Chí Minh", double.NaN, 15, null, false],
        ],
        Decimals: 4);

    [Fact]
    public void Write_Numbers_AreNumberCellsWithTheTableDecimals()
    {
        using var workbook = new XLWorkbook(Write(Ranking));
        var sheet = workbook.Worksheets.Single();

        Assert.Equal(XLDataType.Number, sheet.Cell("C2").DataType);
        Assert.Equal(0.6149, sheet.Cell("C2").GetDouble());
        Assert.Equal("#,##0.0000", sheet.Cell("C2").Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, sheet.Cell("D3").DataType);
        Assert.Equal(15, sheet.Cell("D3").GetDouble());
        Assert.True(sheet.Cell("C3").IsEmpty()); // NaN (missing) stays empty
    }

    [Fact]
    public void Write_TextCodesDatesAndFlags_KeepTheirForm()
    {
        using var workbook = new XLWorkbook(Write(Ranking));
        var sheet = workbook.Worksheets.Single();

        Assert.Equal(XLDataType.Text, sheet.Cell("A2").DataType);
        Assert.Equal("01", sheet.Cell("A2").GetString());
        Assert.Equal(new DateTime(2023, 7, 26), sheet.Cell("E2").GetDateTime());
        Assert.Equal("không", sheet.Cell("F3").GetString());
        Assert.Equal("Thành phố Hồ Chí Minh", sheet.Cell("B3").GetString());
    }

    [Fact]
    public void Write_Header_IsBoldFrozenAndFiltered()
    {
        using var workbook = new XLWorkbook(Write(Ranking));
        var sheet = workbook.Worksheets.Single();

        Assert.True(sheet.Cell("A1").Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:F3", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal("Xếp hạng DTI cấp tỉnh 2022 giá", sheet.Name); // ':' removed, cut to 31 characters, trailing space trimmed
        Assert.True(sheet.Column(2).Width >= "Thành phố Hồ Chí Minh".Length);
    }

    [Fact]
    public void Write_UnsupportedCell_Throws()
    {
        var table = new ResultTable("x", ["a"], [[new object()]]);

        Assert.Throws<ArgumentException>(() => ResultsWorkbook.Write(table, new MemoryStream()));
    }

    private static MemoryStream Write(ResultTable table)
    {
        var stream = new MemoryStream();
        ResultsWorkbook.Write(table, stream);
        stream.Position = 0;
        return stream;
    }
}
