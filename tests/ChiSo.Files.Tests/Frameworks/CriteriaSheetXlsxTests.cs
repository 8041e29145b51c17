using ChiSo.Engine;
using ChiSo.Files.Frameworks;
using ClosedXML.Excel;
using Sylvan.Data.Csv;

namespace ChiSo.Files.Tests.Frameworks;

public class CriteriaSheetXlsxTests
{
    [Fact]
    public void Import_WorkbookBuiltFromCommuneCsv_GivesTheSameTreeAsTheCsv()
    {
        using var xlsx = WorkbookFromCsv("dti_commune_tayninh_2025_sample.csv", vietnameseHeaders: false);

        var (framework, problems) = CriteriaSheet.Import(xlsx, "xa.xlsx");

        CriteriaSheetTests.AssertCommuneSample(framework!);
        var warning = Assert.Single(problems);
        Assert.Equal(("XL109", "xa.xlsx[Tiêu chí]", 41), (warning.Code, warning.File!, warning.At.Line));
    }

    [Fact]
    public void Import_VietnameseHeadersAndExtraColumn_ReadsByHeaderName()
    {
        using var xlsx = WorkbookFromCsv("dii_885.csv", vietnameseHeaders: true);

        var (framework, problems) = CriteriaSheet.Import(xlsx, "dii.xlsx");

        Assert.Equal([80.0, 60, 20, 30, 20, 90], framework!.Tree.Select(n => n.MaxPoints!.Value));
        Assert.Equal("XL102", Assert.Single(problems).Code);
    }

    [Fact]
    public void Import_MissingSheet_ReportsIt()
    {
        using var xlsx = WorkbookFromCsv("dii_885.csv", vietnameseHeaders: false);

        var (framework, problems) = CriteriaSheet.Import(xlsx, "dii.xlsx", new CriteriaImportOptions { Sheet = "Không có" });

        Assert.Null(framework);
        Assert.Equal(("XL002", Severity.Error), problems.Select(p => (p.Code, p.Severity)).Single());
    }

    /// <summary>
    /// Lays the CSV out as an organiser's sheet: an extra first column, codes as text, points as numbers, and
    /// optionally the Vietnamese column titles instead of the keys.
    /// </summary>
    private static MemoryStream WorkbookFromCsv(string name, bool vietnameseHeaders)
    {
        using var reader = CsvDataReader.Create(new StreamReader(CriteriaSheetTests.DataPath(name)));
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Tiêu chí");
        sheet.Cell(1, 1).Value = "STT";
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var key = reader.GetName(i);
            sheet.Cell(1, i + 2).Value = vietnameseHeaders ? WorkbookLayout.CriteriaColumns.Single(c => c.Key == key).Title : key;
        }

        var row = 2;
        while (reader.Read())
        {
            sheet.Cell(row, 1).Value = row - 1;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var text = reader.GetString(i);
                var cell = sheet.Cell(row, i + 2);
                if (reader.GetName(i).EndsWith("_max_points", StringComparison.Ordinal) && text.Length > 0)
                {
                    cell.SetValue(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    cell.SetValue(text);
                    cell.DataType = XLDataType.Text;
                }
            }

            row++;
        }

        return FrameworkWorkbookTests.Save(workbook);
    }
}
