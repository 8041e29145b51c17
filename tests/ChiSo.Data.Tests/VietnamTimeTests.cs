using ChiSo.Data.Tests.Results;

namespace ChiSo.Data.Tests;

public class VietnamTimeTests
{
    [Theory]
    [InlineData("2026-03-31T16:59:00Z", "2026-03-31")]
    [InlineData("2026-03-31T17:00:00Z", "2026-04-01")] // midnight in Hà Nội: the 31/03 deadline has passed
    [InlineData("2026-12-31T23:00:00Z", "2027-01-01")]
    public void Today_IsTheDateInVietnam(string utc, string expected)
    {
        var clock = new FakeClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), VietnamTime.Today(clock));
    }

    [Fact]
    public void FromUtc_AddsSevenHours() =>
        Assert.Equal(new DateTime(2026, 11, 24, 10, 0, 0), VietnamTime.FromUtc(new DateTime(2026, 11, 24, 3, 0, 0)));
}
