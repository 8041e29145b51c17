using ChiSo.Engine;
using ChiSo.Files.Frameworks;
using ClosedXML.Excel;

namespace ChiSo.Files.Tests.Frameworks;

public class FrameworkWorkbookProblemTests
{
    private const string TreeFile = "khung.xlsx[Cây]";

    [Fact]
    public void Read_MissingSheetAndMissingColumn_ReportsBoth()
    {
        var stream = Edit(workbook =>
        {
            workbook.Worksheet(WorkbookLayout.InputsSheet).Delete();
            workbook.Worksheet(WorkbookLayout.TreeSheet).Column(6).Delete(); // "Điểm tối đa"
        });

        var (read, problems) = FrameworkWorkbook.Read(stream, "khung.xlsx");

        Assert.Null(read);
        Assert.Contains(problems, p => p.Code == "XL002" && p.File == "khung.xlsx" && p.MessageVi.Contains("Đầu vào", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Code == "XL003" && p.File == TreeFile && p.MessageVi.Contains("Điểm tối đa", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BrokenTree_ReportsEveryProblemWithRowAndColumn()
    {
        // Sample tree rows: 2 I, 3 "1", 4 "1.1", 5 "1.2", 6 "1.10", 7 II. Columns: A code, B parent, D name, F max.
        var stream = Edit(workbook =>
        {
            var tree = workbook.Worksheet(WorkbookLayout.TreeSheet);
            tree.Cell("F4").Value = "mười";
            tree.Cell("B7").Value = "IX";
            SetRow(tree, 8, "C1", "C2");
            SetRow(tree, 9, "C2", "C1");
            SetRow(tree, 10, "1.2", "1");
        });

        var (read, problems) = FrameworkWorkbook.Read(stream, "khung.xlsx");

        Assert.Null(read);
        Assert.Equal(
            [("XL004", 4, 6), ("XL005", 7, 2), ("XL006", 8, 2), ("XL007", 10, 1)],
            problems.Select(p => (p.Code, p.At.Line, p.At.Column)).OrderBy(p => p.Code).ToArray());
        Assert.All(problems, p => Assert.Equal(TreeFile, p.File));
        Assert.All(problems, p => Assert.Equal(Severity.Error, p.Severity));
    }

    [Fact]
    public void Read_CycleMessage_NamesTheCodesInTheLoop()
    {
        var stream = Edit(workbook =>
        {
            var tree = workbook.Worksheet(WorkbookLayout.TreeSheet);
            SetRow(tree, 8, "A", "B");
            SetRow(tree, 9, "B", "C");
            SetRow(tree, 10, "C", "A");
        });

        var (_, problems) = FrameworkWorkbook.Read(stream, "khung.xlsx");

        var cycle = Assert.Single(problems);
        Assert.Contains("A → B → C → A", cycle.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadInputsAndHeader_ReportsEachCell()
    {
        var stream = Edit(workbook =>
        {
            var inputs = workbook.Worksheet(WorkbookLayout.InputsSheet);
            inputs.Cell("A2").Value = "9.9";       // unknown criterion
            inputs.Cell("C3").Value = "số";        // unknown type
            inputs.Cell("H4").Value = "không có dấu bằng";
            var header = workbook.Worksheet(WorkbookLayout.FrameworkSheet);
            header.Cell("C3").Value = "năm nay"; // edition
        });

        var (read, problems) = FrameworkWorkbook.Read(stream, "khung.xlsx");

        Assert.Null(read);
        Assert.Equal(
            [("XL004", "khung.xlsx[Khung]", 3), ("XL009", "khung.xlsx[Đầu vào]", 3), ("XL010", "khung.xlsx[Đầu vào]", 2), ("XL013", "khung.xlsx[Đầu vào]", 4)],
            problems.Select(p => (p.Code, p.File!, p.At.Line)).OrderBy(p => p.Code).ToArray());
    }

    [Fact]
    public void Read_FiveThousandLevelChain_StopsAtTheDepthLimit()
    {
        // Sample tree rows end at 7; the chain hangs under "1.1" (level 3), one level per row.
        var stream = Edit(workbook =>
        {
            var tree = workbook.Worksheet(WorkbookLayout.TreeSheet);
            for (var level = 0; level < 5_000; level++)
            {
                SetRow(tree, 8 + level, $"D{level}", level == 0 ? "1.1" : $"D{level - 1}");
            }
        });

        var (read, problems) = FrameworkWorkbook.Read(stream, "khung.xlsx");

        Assert.Null(read);
        var problem = Assert.Single(problems, p => p.Code == "XL016");
        Assert.Equal($"D{ChiSo.Files.Yaml.FrameworkLimits.MaxTreeDepth - 3}", problem.MessageEn.Split('"')[1]);
        Assert.Equal(new SourceSpan(8 + ChiSo.Files.Yaml.FrameworkLimits.MaxTreeDepth - 3, 2), problem.At);
    }

    private static void SetRow(IXLWorksheet tree, int row, string code, string parent)
    {
        tree.Cell(row, 1).Value = code;
        tree.Cell(row, 2).Value = parent;
        tree.Cell(row, 4).Value = "Tiêu chí thêm vào";
    }

    private static MemoryStream Edit(Action<XLWorkbook> edit)
    {
        using var workbook = new XLWorkbook(FrameworkWorkbookTests.Write(SampleFrameworks.Full()));
        edit(workbook);
        return FrameworkWorkbookTests.Save(workbook);
    }
}
