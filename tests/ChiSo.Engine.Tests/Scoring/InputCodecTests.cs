using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Tests.Scoring;

public class InputCodecTests
{
    private static InputDefinition Of(InputType type, double? min = null, double? max = null) =>
        new() { Id = "x", Type = type, Min = min, Max = max, Options = [new("chu_tich", "Chủ tịch"), new("khong", "Không có")] };

    [Theory]
    [InlineData(InputType.Number, "541,46", 541.46, null, 541.46, "541.46")]
    [InlineData(InputType.Percentage, "80 %", 80.0, null, 80.0, "80")]
    [InlineData(InputType.Integer, "12", 12.0, null, 12.0, "12")]
    [InlineData(InputType.YesNo, "Có", null, "có", 1.0, "có")]
    [InlineData(InputType.YesNo, "x", null, "có", 1.0, "có")]
    [InlineData(InputType.YesNo, "sai", null, "không", 0.0, "không")]
    [InlineData(InputType.Choice, "Không có", null, "khong", 1.0, "khong")]
    [InlineData(InputType.Choice, "CHU_TICH", null, "chu_tich", 0.0, "chu_tich")]
    [InlineData(InputType.Date, "2026-11-23", null, "23/11/2026", 739_942.0, "2026-11-23")]
    [InlineData(InputType.Date, "23/11/2026", null, "23/11/2026", 739_942.0, "2026-11-23")]
    [InlineData(InputType.File, " bien-ban.pdf ", null, "bien-ban.pdf", 1.0, "bien-ban.pdf")]
    [InlineData(InputType.Document, "125/QĐ-UBND | 2026-03-02 | Kế hoạch | Nguyễn Văn A", null, """{"number":"125/QĐ-UBND","date":"2026-03-02","summary":"Kế hoạch","signer":"Nguyễn Văn A"}""", 1.0, "125/QĐ-UBND | 2026-03-02 | Kế hoạch | Nguyễn Văn A")]
    public void TryEncode_EachType_StoresItsFormAndDecodesToTheSameValue(
        InputType type, string typed, double? number, string? text, double value, string form)
    {
        var input = Of(type);

        Assert.True(InputCodec.TryEncode(input, typed, out var stored, out var encoded, out _));

        Assert.Equal(new StoredValue(number, text), stored);
        Assert.Equal(value, encoded, 1e-9);
        Assert.Equal(value, InputCodec.Decode(input, stored), 1e-9);
        Assert.Equal(form, InputCodec.FormText(input, stored));
        Assert.Equal(form, InputCodec.FormText(input, stored, encoded));
    }

    [Theory]
    [InlineData(InputType.Number)]
    [InlineData(InputType.Percentage)]
    [InlineData(InputType.Integer)]
    [InlineData(InputType.YesNo)]
    [InlineData(InputType.Choice)]
    [InlineData(InputType.Date)]
    [InlineData(InputType.Document)]
    [InlineData(InputType.File)]
    public void FormText_TypedBackIn_StoresTheSameValue(InputType type)
    {
        var input = Of(type);
        string typed = type switch
        {
            InputType.Number or InputType.Percentage => "12,5",
            InputType.Integer => "7",
            InputType.YesNo => "không",
            InputType.Choice => "Chủ tịch",
            InputType.Date => "01/02/2026",
            _ => "Số 12 | 2026-02-01 | Tóm tắt | Người ký",
        };
        Assert.True(InputCodec.TryEncode(input, typed, out var first, out _, out _));

        Assert.True(InputCodec.TryEncode(input, InputCodec.FormText(input, first), out var second, out _, out _));

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(InputType.Number, "")]
    [InlineData(InputType.Date, "   ")]
    [InlineData(InputType.Document, " |  |  | ")]
    [InlineData(InputType.Document, "")]
    public void TryEncode_Empty_StoresNothing(InputType type, string typed)
    {
        Assert.True(InputCodec.TryEncode(Of(type), typed, out var stored, out var value, out _));

        Assert.True(stored.IsEmpty);
        Assert.True(double.IsNaN(value));
        Assert.Equal("", InputCodec.FormText(Of(type), stored));
    }

    [Theory]
    [InlineData(InputType.Number, "12abc")]
    [InlineData(InputType.Number, "1e400")]
    [InlineData(InputType.Number, "NaN")]
    [InlineData(InputType.Integer, "1,5")]
    [InlineData(InputType.YesNo, "<script>alert(1)</script>")]
    [InlineData(InputType.Choice, "chu_tich'; DROP TABLE input_values;--")]
    [InlineData(InputType.Date, "31/02/2026")]
    [InlineData(InputType.Date, "2026-13-01")]
    public void TryEncode_HostileOrWrongText_RefusedWithAReasonInBothLanguages(InputType type, string typed)
    {
        Assert.False(InputCodec.TryEncode(Of(type), typed, out var stored, out _, out var problem));

        Assert.True(stored.IsEmpty);
        Assert.NotEmpty(problem.Vi);
        Assert.NotEmpty(problem.En);
    }

    [Fact]
    public void TryEncode_OutOfRange_Refused()
    {
        Assert.False(InputCodec.TryEncode(Of(InputType.Percentage, 0, 100), "120", out _, out _, out var problem));

        Assert.Contains("từ 0 đến 100", problem.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_UnreadableStoredText_IsMissingWithTheReason()
    {
        var ok = InputCodec.TryDecode(Of(InputType.Date), new StoredValue(null, "hôm qua"), out var value, out var problem);

        Assert.False(ok);
        Assert.True(double.IsNaN(value));
        Assert.Contains("hôm qua", problem.Vi, StringComparison.Ordinal);
        Assert.Equal("", InputCodec.FormText(Of(InputType.Date), new StoredValue(null, "hôm qua")));
    }

    [Fact]
    public void Decode_StoredNumber_WinsOverText() =>
        Assert.Equal(3, InputCodec.Decode(Of(InputType.Number), new StoredValue(3, "4")));

    [Fact]
    public void Decode_ImportedTextForANumber_ReadsTheDecimalComma() =>
        Assert.Equal(541.46, InputCodec.Decode(Of(InputType.Number), new StoredValue(null, "541,46")), 1e-12);

    [Fact]
    public void TryEncodeCitation_BarInTheSummary_ComesBackInTheSummary()
    {
        // Issue 10 §4: a "|" in the summary used to push the end of the summary into the signer on reload.
        string[] parts = ["125/QĐ-UBND", "2026-03-02", "Kế hoạch chuyển đổi số | giai đoạn 2026–2030", "Nguyễn Văn A"];

        Assert.True(InputCodec.TryEncodeCitation(Of(InputType.Document), parts, out var stored, out var value, out _));

        Assert.Equal(1, value);
        Assert.Equal(parts, Citation.Decode(stored.Text));
        Assert.Equal(parts, Citation.Split(InputCodec.FormText(Of(InputType.Document), stored)));
    }

    [Theory]
    [InlineData("125/QĐ-UBND", 1.0)] // stored before citations were structured, as the demo and old workbooks wrote them
    [InlineData("không", 0.0)]
    [InlineData("""{"number":"không","date":"","summary":"","signer":""}""", 0.0)]
    [InlineData("""{"number":"","date":"","summary":"Kế hoạch","signer":""}""", 1.0)]
    public void Decode_Citation_ScoresByItsNumberOrElseTheRest(string text, double expected) =>
        Assert.Equal(expected, InputCodec.Decode(Of(InputType.Document), new StoredValue(null, text)));

    [Fact]
    public void TryEncodeCitation_NotADocumentOrTooManyParts_Refused()
    {
        Assert.False(InputCodec.TryEncodeCitation(Of(InputType.Number), ["1"], out _, out _, out var notDocument));
        Assert.False(InputCodec.TryEncodeCitation(Of(InputType.Document), ["a", "b", "c", "d", "e"], out _, out _, out var tooMany));

        Assert.NotEmpty(notDocument.Vi);
        Assert.NotEmpty(tooMany.En);
    }

    [Fact]
    public void TryEncodeCitation_EveryPartEmpty_StoresNothing()
    {
        Assert.True(InputCodec.TryEncodeCitation(Of(InputType.Document), ["", " ", null, ""], out var stored, out _, out _));

        Assert.True(stored.IsEmpty);
    }
}
