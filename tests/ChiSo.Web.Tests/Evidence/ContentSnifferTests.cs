using System.Text;
using ChiSo.Web.Features.Evidence;

namespace ChiSo.Web.Tests.Evidence;

public class ContentSnifferTests
{
    [Fact]
    public void Sniff_KnownDocuments_TypeFromTheBytes()
    {
        // Signatures: PDF "%PDF-" (ISO 32000-1 §7.5.2), PNG 89 50 4E 47 0D 0A 1A 0A (RFC 2083 §3.1), JPEG SOI FF D8 FF (ITU T.81).
        Assert.Equal("application/pdf", Type(Uploads.TinyPdf()));
        Assert.Equal("image/png", Type([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));
        Assert.Equal("image/jpeg", Type([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]));
        Assert.Equal(ContentSniffer.Docx, Type(Uploads.TinyDocx()));
        Assert.Equal("text/plain; charset=utf-8", Type(Encoding.UTF8.GetBytes("Số hiệu 922/QĐ-BTTTT\r\nngày 23/11/2025\t✓")));
    }

    [Fact]
    public void Sniff_ProgramsAndUnknownBytes_RefusedWithAReason()
    {
        var exe = ContentSniffer.Sniff(new MemoryStream(Uploads.FakeExe()));
        var latin1 = ContentSniffer.Sniff(new MemoryStream([0x42, 0xE1, 0x6F, 0x20, 0x63, 0xE1, 0x6F])); // "Báo cáo" in Latin-1: not UTF-8
        var control = ContentSniffer.Sniff(new MemoryStream([0x41, 0x00, 0x42]));
        var empty = ContentSniffer.Sniff(new MemoryStream());

        Assert.False(exe.Accepted);
        Assert.Contains("chương trình", exe.ProblemVi, StringComparison.Ordinal);
        Assert.Contains("Không nhận dạng được", latin1.ProblemVi, StringComparison.Ordinal);
        Assert.False(control.Accepted);
        Assert.Equal("Tệp rỗng.", empty.ProblemVi);
    }

    [Fact]
    public void SafeName_PathsAndControls_OnlyTheLastNameKept()
    {
        Assert.Equal("bao-cao.pdf", EvidenceKeeping.SafeName("..\\..\\Windows/bao-cao.pdf"));
        Assert.Equal("ab.pdf", EvidenceKeeping.SafeName("a\u0000b.pdf"));
        Assert.Equal("minh-chung", EvidenceKeeping.SafeName("../"));
    }

    private static string? Type(byte[] bytes) => ContentSniffer.Sniff(new MemoryStream(bytes)).ContentType;
}
