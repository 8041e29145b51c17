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

    [Fact]
    public void Join_MoreThanFourParts_Throws() =>
        Assert.Throws<ArgumentException>(() => Citation.Join(["a", "b", "c", "d", "e"]));
}
