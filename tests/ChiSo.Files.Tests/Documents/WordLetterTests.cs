using System.IO.Compression;
using ChiSo.Files.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ChiSo.Files.Tests.Documents;

public class WordLetterTests
{
    private static Letter Sample() => new(
        [new("UBND TỈNH QUẢNG TRỊ", Bold: true, Centred: true)],
        [new("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold: true, Centred: true), new("Độc lập - Tự do - Hạnh phúc", Bold: true, Centred: true)],
        new("Quảng Trị, ngày 14 tháng 03 năm 2025", Italic: true, Right: true),
        [new("VĂN BẢN GÓP Ý KẾT QUẢ ĐÁNH GIÁ", Bold: true, Centred: true)],
        [new LetterParagraph("Kính gửi: Bộ Thông tin và Truyền thông."),
         new LetterTable(["Nhóm", "Điểm", "Xếp hạng"], [["Nhận thức số", "7,5", "28"], ["Tổng", "109,34", "43"]], [false, true, true]),
         new LetterParagraph("Dòng một\nDòng hai")],
        [new("GIÁM ĐỐC", Bold: true, Right: true), new("Nguyễn Văn A", Bold: true, Right: true)]);

    [Fact]
    public void Write_SameLetterTwice_GivesTheSameBytes_AndAWordPackageWithTheText()
    {
        var first = WordLetter.Write(Sample());
        Thread.Sleep(1100); // a zip's times have two-second steps; a clock-stamped package would differ by now
        var second = WordLetter.Write(Sample());

        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.Contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", xml, StringComparison.Ordinal);
        Assert.Contains("109,34", xml, StringComparison.Ordinal);
        Assert.Contains("Dòng hai", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_GivesADocumentTheOpenXmlSchemaAccepts()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(WordLetter.Write(Sample())), isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
