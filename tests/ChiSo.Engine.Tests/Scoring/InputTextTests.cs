using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Tests.Scoring;

public class InputTextTests
{
    private static InputDefinition Of(InputType type, double? min = null, double? max = null) =>
        new() { Id = "x", Type = type, Min = min, Max = max, Options = [new("chu_tich", "Chủ tịch"), new("khong", "Không có")] };

    [Theory]
    [InlineData(InputType.Number, "541,46", 541.46)]
    [InlineData(InputType.Number, "541.46", 541.46)]
    [InlineData(InputType.Percentage, "80 %", 80)]
    [InlineData(InputType.Integer, "12", 12)]
    [InlineData(InputType.YesNo, "Có", 1)]
    [InlineData(InputType.YesNo, "không", 0)]
    [InlineData(InputType.Choice, "khong", 1)]
    [InlineData(InputType.Choice, "Chủ tịch", 0)]
    [InlineData(InputType.Document, "15/QĐ-UBND", 1)]
    [InlineData(InputType.File, "không", 0)]
    public void TryParse_ValidText_GivesTheEngineValue(InputType type, string text, double expected)
    {
        Assert.True(InputText.TryParse(Of(type), text, out var value, out _));

        Assert.Equal(expected, value, 1e-12);
    }

    [Fact]
    public void TryParse_VietnameseDate_GivesDayNumber()
    {
        Assert.True(InputText.TryParse(Of(InputType.Date), "23/11/2026", out var value, out _));

        Assert.Equal(new DateOnly(2026, 11, 23).DayNumber, value);
    }

    [Fact]
    public void TryParse_Empty_IsMissing()
    {
        Assert.True(InputText.TryParse(Of(InputType.Number), "  ", out var value, out _));

        Assert.True(double.IsNaN(value));
    }

    [Theory]
    [InlineData(InputType.Number, "mười", "không phải là số")]
    [InlineData(InputType.Integer, "1,5", "không phải là số nguyên")]
    [InlineData(InputType.YesNo, "có lẽ", "Có/Không")]
    [InlineData(InputType.Choice, "pho_chu_tich", "chu_tich, khong")]
    [InlineData(InputType.Date, "2026-13-01", "dd/MM/yyyy")]
    public void TryParse_BadText_SaysWhatWasExpected(InputType type, string text, string expectedPart)
    {
        Assert.False(InputText.TryParse(Of(type), text, out var value, out var problem));

        Assert.True(double.IsNaN(value));
        Assert.Contains(expectedPart, problem.Vi, StringComparison.Ordinal);
        Assert.NotEmpty(problem.En);
    }

    [Fact]
    public void TryParse_OutOfBounds_IsRefused()
    {
        Assert.False(InputText.TryParse(Of(InputType.Number, 0, 100), "120", out _, out var problem));

        Assert.Contains("ngoài khoảng", problem.Vi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Có", true)]
    [InlineData(" x ", true)]
    [InlineData("đúng", true)]
    [InlineData("KHÔNG", false)]
    [InlineData("sai", false)]
    [InlineData("n", false)]
    [InlineData("có lẽ", null)]
    [InlineData("", null)]
    public void ParseYesNo_TheWordsPeopleWrite(string text, bool? expected) => Assert.Equal(expected, InputText.ParseYesNo(text));
}
