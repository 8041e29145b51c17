using System.Globalization;
using System.Text;
using ChiSo.Files.People;
using ChiSo.Files.Tests.Workbooks;
using ClosedXML.Excel;

namespace ChiSo.Files.Tests.People;

public class PeopleSheetTests
{
    private static readonly string[] Roles = ["Cán bộ báo cáo", "Thủ trưởng đơn vị"];

    [Fact]
    public void Read_FilledTemplate_RowsTrimmedPhoneKeepsLeadingZero()
    {
        var bytes = Filled(sheet =>
        {
            Row(sheet, 2, "  Nguyễn Văn A ", "a@donvi.gov.vn", "0912345678", "80.S08", "Cán bộ báo cáo");
            Row(sheet, 4, "Trần Thị B", "b@donvi.gov.vn", "", "80.S07", "Thủ trưởng đơn vị");
        });

        var read = PeopleSheet.Read(new MemoryStream(bytes), "moi.xlsx");

        Assert.False(read.Refused);
        Assert.Equal(2, read.Rows.Length);
        Assert.Equal(new PersonSheetRow(2, "Nguyễn Văn A", "a@donvi.gov.vn", "0912345678", "80.S08", "Cán bộ báo cáo", []), read.Rows[0] with { Problems = [] });
        Assert.Equal(4, read.Rows[1].Line);
        Assert.All(read.Rows, r => Assert.Empty(r.Problems));
    }

    [Fact]
    public void Template_HasRoleDropDownAndHiddenLists()
    {
        using var output = new MemoryStream();
        PeopleSheetTemplate.Write(output, Roles, [("80.S08", "Sở KH&CN")]);

        using var workbook = new XLWorkbook(new MemoryStream(output.ToArray()));
        var sheet = workbook.Worksheet(PeopleSheetTemplate.PeopleSheetName);

        Assert.Equal(PeopleSheet.NameTitle, sheet.Cell(1, 1).GetString());
        Assert.Equal(PeopleSheet.RoleTitle, sheet.Cell(1, 5).GetString());
        Assert.Equal(XLWorksheetVisibility.Hidden, workbook.Worksheet(PeopleSheetTemplate.ListsSheetName).Visibility);
        Assert.Contains(sheet.DataValidations, v => v.AllowedValues == XLAllowedValues.List && v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == 5));
        Assert.Contains(sheet.DataValidations, v => v.AllowedValues == XLAllowedValues.List && v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == 4));
    }

    [Fact]
    public void Read_Formula_RowIsBadAndTheFormulaIsNotEvaluated()
    {
        var bytes = Filled(sheet =>
        {
            Row(sheet, 2, "Người A", "a@x.vn", "", "80.S08", "Cán bộ báo cáo");
            sheet.Cell(2, 2).FormulaA1 = "CONCATENATE(\"a\",\"@x.vn\")";
        });

        var row = Assert.Single(PeopleSheet.Read(new MemoryStream(bytes), "moi.xlsx").Rows);

        Assert.Equal("", row.Email);
        Assert.Contains("công thức", Assert.Single(row.Problems).Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeCell_RowIsBadAndTheTextIsNotKept()
    {
        var bytes = Filled(sheet => Row(sheet, 2, new string('A', 30_000), "a@x.vn", "", "80.S08", "Cán bộ báo cáo"));

        var row = Assert.Single(PeopleSheet.Read(new MemoryStream(bytes), "moi.xlsx").Rows);

        Assert.Equal("", row.Name);
        Assert.Contains("30.000 ký tự", Assert.Single(row.Problems).Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TenThousandAndOneRows_FileRefusedWithTheCount()
    {
        var csv = new StringBuilder("Họ tên,Thư điện tử,Số điện thoại,Mã đơn vị,Vai trò\n");
        for (var i = 0; i <= PeopleSheet.MaxRows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Người {i},n{i}@x.vn,,80.S08,Cán bộ báo cáo\n");
        }

        var read = PeopleSheet.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "moi.csv");

        Assert.True(read.Refused);
        Assert.Empty(read.Rows);
        Assert.Contains("10.001 dòng", Assert.Single(read.Problems).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TenThousandRowsCsv_AllRead()
    {
        var csv = new StringBuilder("Vai trò;Mã đơn vị;Thư điện tử;Họ tên\n".Replace(';', ','));
        for (var i = 0; i < PeopleSheet.MaxRows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Cán bộ báo cáo,80.S08,n{i}@x.vn,Người {i}\n");
        }

        var read = PeopleSheet.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "moi.csv");

        Assert.False(read.Refused);
        Assert.Equal(PeopleSheet.MaxRows, read.Rows.Length);
        Assert.Equal(("Người 9999", "n9999@x.vn", ""), (read.Rows[^1].Name, read.Rows[^1].Email, read.Rows[^1].Phone));
    }

    [Fact]
    public void Read_XlsxOverTenThousandRows_FileRefused()
    {
        var bytes = Filled(sheet => Row(sheet, PeopleSheet.MaxRows + 2, "Cuối", "c@x.vn", "", "80.S08", "Cán bộ báo cáo"));

        var read = PeopleSheet.Read(new MemoryStream(bytes), "moi.xlsx");

        Assert.True(read.Refused);
    }

    [Fact]
    public void Read_DecompressionBomb_RefusedBeforeParsing()
    {
        var bomb = WorkbookPackages.WithSheet(w =>
        {
            for (var row = 1; row <= 1_001; row++)
            {
                w.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{row}\">"));
                for (var column = 0; column < 1_000; column++)
                {
                    w.Write("<c><v>1</v></c>");
                }

                w.Write("</row>");
            }
        });

        var read = PeopleSheet.Read(new MemoryStream(bomb), "bom.xlsx");

        Assert.True(read.Refused);
        Assert.Equal(WorkbookGuard.Code, Assert.Single(read.Problems).Code);
    }

    [Fact]
    public void Read_CsvLargerThanTheLimit_RefusedUnread()
    {
        var big = new byte[PeopleSheet.MaxCsvBytes + 1];
        Array.Fill(big, (byte)'a');

        var read = PeopleSheet.Read(new MemoryStream(big), "to.csv");

        Assert.True(read.Refused);
        Assert.Contains("lớn hơn", Assert.Single(read.Problems).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingColumns_RefusedAndNamesThem()
    {
        var read = PeopleSheet.Read(new MemoryStream(Encoding.UTF8.GetBytes("Tên,Điện thoại\nA,1\n")), "sai.csv");

        Assert.True(read.Refused);
        Assert.Contains("\"Thư điện tử\"", Assert.Single(read.Problems).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvHugeCell_RowIsBad()
    {
        var csv = $"Họ tên,Thư điện tử,Mã đơn vị,Vai trò\n{new string('x', 5_000)},a@x.vn,80.S08,Cán bộ báo cáo\n";

        var row = Assert.Single(PeopleSheet.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "moi.csv").Rows);

        Assert.Single(row.Problems);
        Assert.Equal("", row.Name);
    }

    private static byte[] Filled(Action<IXLWorksheet> fill)
    {
        using var template = new MemoryStream();
        PeopleSheetTemplate.Write(template, Roles, [("80.S08", "Sở KH&CN")]);
        using var workbook = new XLWorkbook(new MemoryStream(template.ToArray()));
        fill(workbook.Worksheet(PeopleSheetTemplate.PeopleSheetName));
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static void Row(IXLWorksheet sheet, int row, params string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            sheet.Cell(row, i + 1).SetValue(cells[i]);
        }
    }
}
