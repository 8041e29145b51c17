using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Frameworks;
using ClosedXML.Excel;

namespace ChiSo.Files.Tests.Frameworks;

public class FrameworkWorkbookTests
{
    [Fact]
    public void Read_WrittenFramework_EqualsOriginalApartFromPositions()
    {
        var original = SampleFrameworks.Full();

        var (read, problems) = FrameworkWorkbook.Read(Write(original), "khung.xlsx");

        Assert.Empty(problems);
        Assert.NotNull(read);
        Assert.Equal(SampleFrameworks.WithoutPositions(original), SampleFrameworks.WithoutPositions(read));
        Assert.Equal("Phó Chủ tịch", read.Tree[0].Children[0].Children[0].Inputs[0].Options[1].Label);
        Assert.Equal(new DateOnly(2022, 5, 20), read.LegalBasis!.Date);
    }

    [Fact]
    public void Read_WrittenFramework_KeepsRowPositionsOfNodes()
    {
        var (read, _) = FrameworkWorkbook.Read(Write(SampleFrameworks.Full()), "khung.xlsx");

        // Tree order: I (row 2), 1 (row 3), 1.1 (row 4); the code is column A.
        var criterion = read!.Tree[0].Children[0].Children[0];
        Assert.Equal(new SourceSpan(4, 1), criterion.At);
        Assert.Equal(4, criterion.ScoreAt.Line);
    }

    [Fact]
    public void Write_Codes_AreStoredAsTextSoTrailingZerosSurvive()
    {
        using var workbook = new XLWorkbook(Write(SampleFrameworks.Full()));
        var tree = workbook.Worksheet(WorkbookLayout.TreeSheet);

        var codes = Enumerable.Range(2, 6).Select(r => tree.Cell(r, 1).GetString()).ToList();

        Assert.Contains("1.10", codes);
        Assert.Equal(XLDataType.Text, tree.Cell(2, 1).DataType);
        Assert.True(tree.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, tree.SheetView.SplitRow);
    }

    [Fact]
    public void Read_ReorderedColumnsWithExtraColumn_ReadsByHeaderName()
    {
        var stream = Write(SampleFrameworks.Full());
        using (var workbook = new XLWorkbook(stream))
        {
            var tree = workbook.Worksheet(WorkbookLayout.TreeSheet);
            tree.Column(1).InsertColumnsBefore(1);
            tree.Cell(1, 1).Value = "Ghi chú của người soạn";
            tree.Cell(2, 1).Value = "bỏ qua";
            // Move "Tên" (now column E) to the far right.
            tree.Column(5).CopyTo(tree.Column(30));
            tree.Column(5).Clear();
            stream = Save(workbook);
        }

        var (read, problems) = FrameworkWorkbook.Read(stream, "khung.xlsx");

        Assert.Empty(problems);
        Assert.Equal(SampleFrameworks.WithoutPositions(SampleFrameworks.Full()), SampleFrameworks.WithoutPositions(read!));
    }

    [Fact]
    public void Read_NotAWorkbook_ReportsUnreadableFile()
    {
        using var stream = new MemoryStream("không phải tệp Excel"u8.ToArray());

        var (read, problems) = FrameworkWorkbook.Read(stream, "khung.xlsx");

        Assert.Null(read);
        Assert.Equal("XL001", Assert.Single(problems).Code);
    }

    internal static MemoryStream Write(FrameworkDefinition framework)
    {
        var stream = new MemoryStream();
        FrameworkWorkbook.Write(framework, stream);
        stream.Position = 0;
        return stream;
    }

    internal static MemoryStream Save(XLWorkbook workbook)
    {
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }
}
