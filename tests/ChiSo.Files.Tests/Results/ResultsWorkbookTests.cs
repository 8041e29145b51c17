using ChiSo.Files.Results;
using ClosedXML.Excel;

namespace ChiSo.Files.Tests.Results;

public class ResultsWorkbookTests
{
    private static readonly ResultTable Ranking = new(
        "Xếp hạng DTI cấp tỉnh 2022: giá trị và thứ hạng",
        [
            new("code", "Mã", ColumnKind.Text), new("name", "Tỉnh", ColumnKind.Text), new("value", "Giá trị", ColumnKind.Number, 4),
            new("rank", "Hạng", ColumnKind.Rank), new("published", "Ngày công bố", ColumnKind.Date), new("ranked", "Được xếp hạng", ColumnKind.Text),
        ],
        [
            ["01", "Hà Nội", 0.6149, 2, new DateOnly(2023, 7, 26), true],
            ["79", "Thành phố Hồ Chí Minh", double.NaN, 15, null, false],
        ]);

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
    public void Write_UnrankedAndLabelledCells_AreEmptyAndVietnamese()
    {
        var table = new ResultTable(
            "Đơn vị",
            [new("level", "Cấp", ColumnKind.Text), new("rank", "Hạng", ColumnKind.Rank), new("area", "Diện tích", ColumnKind.Number, 2), new("people", "Dân số", ColumnKind.Number, 0)],
            [[new LabelledCell("province", "Tỉnh", "Province"), 0, 3.5, 1200.0]]);

        using var workbook = new XLWorkbook(Write(table));
        var sheet = workbook.Worksheets.Single();

        Assert.Equal("Tỉnh", sheet.Cell("A2").GetString());
        Assert.True(sheet.Cell("B2").IsEmpty()); // rank 0: not ranked
        Assert.Equal("#,##0.00", sheet.Cell("C2").Style.NumberFormat.Format); // the most decimals a number column asks for
        Assert.Equal("#,##0.00", sheet.Cell("D2").Style.NumberFormat.Format);
    }

    [Fact]
    public void Write_UnsupportedCell_Throws()
    {
        var table = new ResultTable("x", [new("a", "a", ColumnKind.Text)], [[new object()]]);

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
