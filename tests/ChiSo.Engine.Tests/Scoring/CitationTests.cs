using ChiSo.Engine.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChiSo.Engine.Tests.Scoring;

public class CitationTests
{
    [Fact]
    public void Join_PartsWithoutBars_KeepsTheTextStoredBefore()
    {
        // The form joined trimmed parts with " | " and the server trimmed the whole: published hashes depend on it.
        Assert.Equal("125/QĐ-UBND | 2026-03-02 | Kế hoạch | Nguyễn Văn A", Citation.Join([" 125/QĐ-UBND", "2026-03-02", "Kế hoạch ", "Nguyễn Văn A"]));
        Assert.Equal("125/QĐ-UBND |  |  |", Citation.Join(["125/QĐ-UBND", "", "", ""]));
        Assert.Equal("|  | Kế hoạch |", Citation.Join(["", "", "Kế hoạch", ""]));
    }

    [Theory]
    [InlineData("125/QĐ-UBND | 2026-03-02 | Kế hoạch | Nguyễn Văn A", "125/QĐ-UBND", "2026-03-02", "Kế hoạch", "Nguyễn Văn A")]
    [InlineData("125/QĐ-UBND |  |  |", "125/QĐ-UBND", "", "", "")]
    [InlineData("125/QĐ-UBND", "125/QĐ-UBND", "", "", "")]
    [InlineData("a|b|c|d|e", "a", "b", "c", "d|e")]
    [InlineData("", "", "", "", "")]
    public void Split_TextStoredBefore_ReadsAsItDid(string text, string number, string date, string summary, string signer)
    {
        string[] expected = [number, date, summary, signer];

        Assert.Equal(expected, Citation.Split(text));
    }

    [Theory]
    [InlineData("a | b || c | d", "a", "b | c", "d")] // never written by Join (it trims parts), but read without loss
    [InlineData("|", "", "", "")]
    [InlineData("||", "|", "", "")]
    [InlineData("|||", "|", "", "")]
    public void Split_Bars_DoubledAreText(string text, string first, string second, string third)
    {
        var parts = Citation.Split(text);

        Assert.Equal((first, second, third), (parts[0], parts[1], parts[2]));
    }

    [Theory]
    [InlineData("Kế hoạch | giai đoạn 2")]
    [InlineData("|")]
    [InlineData("||")]
    [InlineData("| đầu")]
    [InlineData("cuối |")]
    [InlineData(" | ")]
    [InlineData("a|||b")]
    public void Join_BarsInEveryPart_SplitGivesThePartsBack(string hostile)
    {
        string[] parts = [hostile.Trim(), hostile.Trim(), hostile.Trim(), hostile.Trim()];

        Assert.Equal(parts, Citation.Split(Citation.Join(parts)));
    }

    [Property(MaxTest = 500)]
    public Property Join_AnyParts_SplitGivesTheTrimmedPartsBack() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Elements("|", " ", "a", "Đ", "\\", "\t", "\"", "||", " | ")).Select(string.Concat).ArrayOf(4)), parts =>
        {
            var trimmed = parts.Select(p => p.Trim()).ToArray();
            var expected = trimmed.All(p => p.Length == 0) ? ["", "", "", ""] : trimmed;

            Assert.Equal(expected, Citation.Split(Citation.Join(parts)));
        });

    [Property(MaxTest = 500)]
    public Property Encode_AnyCharacterInAnyPart_DecodeGivesTheTrimmedPartsBack() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Elements("|", " ", "a", "Đ", "\\", "\t", "\"", "||", " | ", "{", "}", ":", ",", "<", "\u0001", "\n")).Select(string.Concat).ArrayOf(4)), parts =>
        {
            var trimmed = parts.Select(p => p.Trim()).ToArray();
            var stored = Citation.Encode(parts);

            Assert.Equal(trimmed.All(p => p.Length == 0) ? ["", "", "", ""] : trimmed, Citation.Decode(stored));
            Assert.Equal(Citation.Join(parts), Citation.Text(stored));
        });

    [Fact]
    public void Encode_Parts_IsAJsonObjectWithVietnameseReadable()
    {
        var stored = Citation.Encode(["125/QĐ-UBND", "2026-03-02", "Kế hoạch | \"số\"", "Nguyễn Văn A"]);

        Assert.Equal("""{"number":"125/QĐ-UBND","date":"2026-03-02","summary":"Kế hoạch | \u0022số\u0022","signer":"Nguyễn Văn A"}""", stored);
        Assert.True(Citation.IsEncoded(stored));
        Assert.Equal("", Citation.Encode(["", " ", null, ""]));
    }

    [Theory]
    [InlineData("125/QĐ-UBND | 2026-03-02 | Kế hoạch | Nguyễn Văn A", "125/QĐ-UBND", "Nguyễn Văn A")]
    [InlineData("{không phải JSON | 2026 | a | b", "{không phải JSON", "b")]
    [InlineData("""{"number":"1","date":"2","summary":"3"}""", """{"number":"1","date":"2","summary":"3"}""", "")] // a key missing: not a stored citation
    [InlineData("""{"number":"1","date":"2","summary":"3","signer":4}""", """{"number":"1","date":"2","summary":"3","signer":4}""", "")]
    public void Decode_TextThatIsNotAStoredObject_ReadsAsAJoinedLine(string text, string number, string signer)
    {
        var parts = Citation.Decode(text);

        Assert.False(Citation.IsEncoded(text));
        Assert.Equal((number, signer), (parts[0], parts[3]));
        Assert.Equal(text, Citation.Text(text));
    }

    [Fact]
    public void Join_MoreThanFourParts_Throws() =>
        Assert.Throws<ArgumentException>(() => Citation.Join(["a", "b", "c", "d", "e"]));
}
