namespace ChiSo.Engine.Tests;

public sealed class PeopleFormatTests
{
    [Theory]
    [InlineData(541.456, 2, Language.Vi, "541,46")]
    [InlineData(1234.5, 2, Language.Vi, "1.234,50")]
    [InlineData(-0.8544, 4, Language.Vi, "-0,8544")]
    [InlineData(1234.5, 2, Language.En, "1,234.50")]
    [InlineData(1000, 0, Language.Vi, "1.000")]
    public void Number_WritesTheLanguagesSeparators(double value, int decimals, Language language, string expected) =>
        Assert.Equal(expected, PeopleFormat.Number(value, decimals, language));

    [Fact]
    public void Number_Missing_IsADash() => Assert.Equal("–", PeopleFormat.Number(double.NaN, 2, Language.Vi));

    [Fact]
    public void Date_IsDayMonthYear() => Assert.Equal("03/11/2026", PeopleFormat.Date(new DateOnly(2026, 11, 3)));

    [Fact]
    public void Numbers_CannotBeChangedByACaller() => Assert.True(PeopleFormat.VietnameseNumbers.IsReadOnly);

    [Theory]
    [InlineData("23/11/2025", 2025, 11, 23)]
    [InlineData("3/1/2026", 2026, 1, 3)]
    [InlineData(" 2026-01-03 ", 2026, 1, 3)]
    public void ParseDate_VietnameseOrIso_TheDay(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), PeopleFormat.ParseDate(text));

    [Theory]
    [InlineData("11/23/2025")]
    [InlineData("31/02/2026")]
    [InlineData("hôm nay")]
    [InlineData("")]
    [InlineData(null)]
    public void ParseDate_NotADay_Null(string? text) => Assert.Null(PeopleFormat.ParseDate(text));
}
