using System.Text;
using ChiSo.Files.Tests.Workbooks;
using ChiSo.Files.Units;
using ClosedXML.Excel;

namespace ChiSo.Files.Tests.Units;

public sealed class BodySheetTests
{
    private const string Header = "Mã,Tên,Loại,Đơn vị cấp trên (mã),Hiệu lực từ,Hiệu lực đến,Nhóm so sánh";

    [Fact]
    public void Read_Csv_ReadsEveryRowAsWrittenWithItsLine()
    {
        var read = Csv(Header + "\n46.S01,Sở Khoa học và Công nghệ,sở,46,01/07/2025,,khoi-so-dvc\n\n46.S02,\"Sở Y tế, Huế\",sở,46,01/07/2025,31/12/2026,\n");

        Assert.Empty(read.Problems);
        Assert.Equal(2, read.Rows.Length);
        Assert.Equal(new BodySheetRow(2, "46.S01", "Sở Khoa học và Công nghệ", "sở", "46", "01/07/2025", "", "khoi-so-dvc"), read.Rows[0]);
        Assert.Equal("Sở Y tế, Huế", read.Rows[1].Name);
        Assert.Equal("31/12/2026", read.Rows[1].ValidTo);
        Assert.Equal(4, read.Rows[1].Line);
    }

    [Fact]
    public void Read_Csv_ColumnsInAnyOrderWithoutTheOptionalOnes()
    {
        var read = Csv("hiệu lực từ,mã,đơn vị cấp trên,tên,loại\n01/07/2025,46.S01,46,Sở Tư pháp,sở\n");

        Assert.Empty(read.Problems);
        Assert.Equal(new BodySheetRow(2, "46.S01", "Sở Tư pháp", "sở", "46", "01/07/2025", "", ""), Assert.Single(read.Rows));
    }

    [Fact]
    public void Read_Xlsx_DateCellsAsDayMonthYearAndTextCodesKept()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Đơn vị");
        string[] header = ["Mã", "Tên", "Loại", "Đơn vị cấp trên (mã)", "Hiệu lực từ", "Hiệu lực đến"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c];
        }

        sheet.Cell(2, 1).SetValue("046");
        sheet.Cell(2, 2).Value = "Sở Nội vụ";
        sheet.Cell(2, 3).Value = "sở";
        sheet.Cell(2, 4).SetValue("46");
        sheet.Cell(2, 5).Value = new DateTime(2025, 7, 1);
        using var bytes = new MemoryStream();
        workbook.SaveAs(bytes);

        var read = BodySheet.Read(new MemoryStream(bytes.ToArray()), "don-vi.xlsx");

        Assert.Empty(read.Problems);
        Assert.Equal(new BodySheetRow(2, "046", "Sở Nội vụ", "sở", "46", "01/07/2025", "", ""), Assert.Single(read.Rows));
    }

    [Fact]
    public void Template_ReadBack_HasTheColumnsAndTheExampleRow()
    {
        using var output = new MemoryStream();
        BodySheetTemplate.Write(output, "46", [("khoi-so-dvc", "Khối sở có nhiều dịch vụ công")]);

        var read = BodySheet.Read(new MemoryStream(output.ToArray()), "mau.xlsx");

        Assert.Empty(read.Problems);
        Assert.Equal(new BodySheetRow(2, "46.S01", "Sở Khoa học và Công nghệ", "sở", "46", "01/07/2025", "", "khoi-so-dvc"), Assert.Single(read.Rows));
    }

    [Fact]
    public void Read_MissingColumns_RefusedNamingThem()
    {
        var read = Csv("Mã,Tên\n46.S01,Sở Tư pháp\n");

        Assert.Empty(read.Rows);
        var problem = Assert.Single(read.Problems);
        Assert.Contains("Loại, Đơn vị cấp trên (mã), Hiệu lực từ", problem.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_RefusedAsEmpty()
    {
        Assert.Contains("không có dòng đơn vị nào", Assert.Single(Csv(Header + "\n").Problems).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LargerThanTheLimit_RefusedBeforeParsing()
    {
        var stream = new CountingStream(BodySheet.MaxBytes + 1);

        var read = BodySheet.Read(stream, "lon.csv");

        Assert.Contains("lớn hơn 5 MB", Assert.Single(read.Problems).MessageVi, StringComparison.Ordinal);
        Assert.True(stream.Served <= BodySheet.MaxBytes + 81920, $"{stream.Served} bytes were read.");
    }

    [Fact]
    public void Read_MoreRowsThanTheLimit_Refused()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i <= BodySheet.MaxRows; i++)
        {
            text.Append("46.S").Append(i).Append(",Sở,sở,46,01/07/2025,,\n");
        }

        var read = Csv(text.ToString());

        Assert.Empty(read.Rows);
        Assert.Contains("tối đa 10.000 dòng", Assert.Single(read.Problems).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NeitherXlsxNorUtf8_Refused()
    {
        var read = BodySheet.Read(new MemoryStream([0x4D, 0xE3, 0x2C, 0xFF, 0xFE, 0x0A]), "la.csv");

        Assert.Contains("CSV UTF-8", Assert.Single(read.Problems).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenQuoting_RefusedWithTheLine()
    {
        var read = Csv(Header + "\n46.S01,\"Sở \"Tư\" pháp,sở,46,01/07/2025,,\n");

        Assert.Empty(read.Rows);
        Assert.Contains("dòng 2", Assert.Single(read.Problems).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBomb_RefusedByTheGuard()
    {
        var read = BodySheet.Read(new MemoryStream(WorkbookPackages.WithZeros(WorkbookLimits.MaxUnpackedBytes + 1)), "bom.xlsx");

        Assert.Empty(read.Rows);
        Assert.Contains("quá lớn", Assert.Single(read.Problems).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeCell_CutSoTheChecksRefuseItForItsLength()
    {
        var read = Csv(Header + "\n46.S01," + new string('A', 5_000) + ",sở,46,01/07/2025,,\n");

        Assert.True(read.Rows.Length == 1, string.Join("; ", read.Problems.Select(p => p.MessageVi)));
        Assert.Equal(BodySheet.MaxCell, read.Rows[0].Name.Length);
    }

    [Fact]
    public void Read_RecordLargerThanTheCsvReadersBuffer_RefusedNotThrown()
    {
        var read = Csv(Header + "\n46.S01," + new string('A', 200_000) + ",sở,46,01/07/2025,,\n");

        Assert.Empty(read.Rows);
        Assert.Single(read.Problems);
    }

    private static BodySheetRead Csv(string text) => BodySheet.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "don-vi.csv");

    /// <summary>A stream of <paramref name="length"/> bytes of 'a' that counts what was read from it.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
