using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ChiSo.Files.People;
using ClosedXML.Excel;

namespace ChiSo.Bench;

/// <summary>
/// Reading a people sheet of 10,000 rows with mixed errors (issue 12 §6: checked well under 2 s), as CSV and as the
/// template filled in. The web check after reading is in memory against facts read once (PeopleCheck): no query per row.
/// </summary>
[MemoryDiagnoser]
public class PeopleSheetBenchmarks
{
    private const int Rows = 10_000;

    private byte[] _csv = [];
    private byte[] _xlsx = [];

    [GlobalSetup]
    public void Setup()
    {
        var csv = new StringBuilder("Họ tên,Thư điện tử,Số điện thoại,Mã đơn vị,Vai trò\n");
        using var template = new MemoryStream();
        PeopleSheetTemplate.Write(template, ["Cán bộ báo cáo", "Thủ trưởng đơn vị"], [("80.S08", "Sở KH&CN")]);
        using var workbook = new XLWorkbook(new MemoryStream(template.ToArray()));
        var sheet = workbook.Worksheet(PeopleSheetTemplate.PeopleSheetName);
        for (var i = 0; i < Rows; i++)
        {
            // Every seventh row is bad in some way: a malformed address, an unknown role, a missing name.
            string[] cells = (i % 7) switch
            {
                1 => [$"Người {i}", $"n{i}-khong-hop-le", "", "80.S08", "Cán bộ báo cáo"],
                2 => [$"Người {i}", $"n{i}@x.vn", "", "80.S08", "Thủ quỹ"],
                3 => ["", $"n{i}@x.vn", "0912345678", "99.X", "Cán bộ báo cáo"],
                _ => [$"Nguyễn Văn {i}", $"n{i}@x.vn", "0912345678", "80.S08", "Cán bộ báo cáo"],
            };
            csv.AppendJoin(',', cells).Append('\n');
            for (var c = 0; c < cells.Length; c++)
            {
                sheet.Cell(i + 2, c + 1).SetValue(cells[c]);
            }
        }

        _csv = Encoding.UTF8.GetBytes(csv.ToString());
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        _xlsx = output.ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CSV {_csv.Length:N0} bytes, xlsx {_xlsx.Length:N0} bytes"));
    }

    [Benchmark]
    public int ReadCsv() => PeopleSheet.Read(new MemoryStream(_csv), "moi.csv").Rows.Length;

    [Benchmark]
    public int ReadXlsx() => PeopleSheet.Read(new MemoryStream(_xlsx), "moi.xlsx").Rows.Length;
}
