using ChiSo.Engine.Tables;
using ChiSo.Files.Tables;
using ClosedXML.Excel;

namespace ChiSo.Files.Tests.Tables;

public sealed class XlsxTableReaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"chiso-coinr-{Guid.NewGuid():N}.xlsx");

    public void Dispose() => File.Delete(_path);

    private void WriteWorkbook(Action<XLWorkbook> fill)
    {
        using var workbook = new XLWorkbook();
        fill(workbook);
        workbook.SaveAs(_path);
    }

    private static void Row(IXLWorksheet sheet, int row, params object?[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            switch (values[c])
            {
                case null:
                    break;
                case double d:
                    cell.Value = d;
                    break;
                case int i:
                    cell.Value = i;
                    break;
                case var other:
                    cell.Value = other.ToString();
                    break;
            }
        }
    }

    [Fact]
    public void CoinrWorkbook_OneWorkbookTwoSheets_ReadsModelAndData()
    {
        WriteWorkbook(wb =>
        {
            var meta = wb.AddWorksheet("iMeta");
            Row(meta, 1, "iCode", "Level", "Type", "Parent", "Weight", "Direction");
            Row(meta, 2, "a", 1, "Indicator", "P", 1, 1);
            Row(meta, 3, "P", 2, "Aggregate", null, 1, 1);
            var data = wb.AddWorksheet("iData");
            Row(data, 1, "uCode", "a");
            Row(data, 2, "X", 1.5);
            Row(data, 3, "Y", null);
        });

        var import = CoinrWorkbook.Read(_path);

        Assert.True(import.Succeeded, string.Join("; ", import.Problems.Select(p => p.MessageEn)));
        Assert.Equal([1.5, double.NaN], import.Data!.Columns["a"]);
    }

    [Fact]
    public void ReadSheet_TextInNumberColumn_IsReportedAtExcelRowAndColumn()
    {
        WriteWorkbook(wb =>
        {
            var meta = wb.AddWorksheet("iMeta");
            Row(meta, 1, "iCode", "Level", "Type", "Parent", "Weight", "Direction");
            Row(meta, 2, "a", 1, "Indicator", null, 1, 1);
            var data = wb.AddWorksheet("iData");
            Row(data, 1, "uCode", "a");
            Row(data, 2, "X", "có");
        });

        var import = CoinrWorkbook.Read(_path);

        var problem = Assert.Single(import.Problems, p => p.Code == "TB003");
        Assert.Equal(new ChiSo.Engine.SourceSpan(2, 2), problem.At);
    }

    [Fact]
    public void ReadFile_FirstSheet_KeepsTextAndNumbers()
    {
        WriteWorkbook(wb =>
        {
            var sheet = wb.AddWorksheet("Units");
            Row(sheet, 1, "uCode", "Portal", "Score");
            Row(sheet, 2, "HN", "có", 7);
        });

        var read = XlsxTableReader.ReadFile(_path);

        Assert.Equal("có", read.Table!.Find("Portal")!.TextAt(0));
        Assert.Equal(CellKind.Number, read.Table.Find("Score")!.KindAt(0));
    }

    [Fact]
    public void CoinrWorkbook_MissingSheet_IsReported()
    {
        WriteWorkbook(wb => Row(wb.AddWorksheet("iData"), 1, "uCode"));

        var import = CoinrWorkbook.Read(_path);

        Assert.Contains(import.Problems, p => p.Code == "TB006");
    }
}
