using System.Globalization;
using System.Text;
using ChiSo.Cli.Output;

namespace ChiSo.Cli.Tests.Output;

/// <summary>
/// The fast double writer of the CSV output must write exactly what .NET writes (double.ToString with the invariant
/// culture: the shortest text that reads back to the same double), for every double, or the results files change.
/// </summary>
public class ShortestDoubleTests
{
    public static TheoryData<double> Edges => new()
    {
        0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity,
        double.Epsilon, -double.Epsilon, BitConverter.UInt64BitsToDouble(0x000F_FFFF_FFFF_FFFF), 2.2250738585072014E-308,
        double.MaxValue, double.MinValue, 1.7976931348623155E308,
        0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, -1.0 / 3, 1, -1, 100, 47.5, 54.381208163319876, 2.3747471410906105,
        0.0001, 0.00012345678901234, 0.00001, 0.000099999999999999991, -0.0001,
        1E14, 99999999999999.98, 999999999999999, 1E15, 1234567890123456, 12345678901234568, 123456789012345680,
        9007199254740991, 9007199254740992, 9007199254740994, 4503599627370495.5, 1E16, 1E17, 1E21, 1E22, 1E23,
        0.5, 0.25, 0.125, 1.5, 2.5, 1E-3, 9.5, 95, 950, 100.00000000000001, 99.999999999999986,
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_IsDotNetsText(double value) => AssertSame(value);

    [Fact]
    public void PowersOfTwoAndTen_AndTheirNeighbours_AreDotNetsText()
    {
        for (var e = -1074; e <= 1023; e++)
        {
            var power = Math.ScaleB(1, e);
            AssertSame(power);
            AssertSame(Math.BitIncrement(power));
            AssertSame(Math.BitDecrement(power));
        }

        for (var e = -30; e <= 30; e++)
        {
            var power = double.Parse($"1E{e}", CultureInfo.InvariantCulture);
            AssertSame(power);
            AssertSame(-power);
            AssertSame(Math.BitIncrement(power));
            AssertSame(Math.BitDecrement(power));
        }
    }

    [Fact]
    public void DyadicAndDecimalFractions_AreDotNetsText()
    {
        // Exact binary fractions (ties in the last digit are possible there) and short decimals.
        for (var n = -5000; n <= 5000; n++)
        {
            AssertSame(n / 1024.0);
            AssertSame(n / 1048576.0);
            AssertSame(n / 100.0);
            AssertSame(n / 7.0);
            AssertSame(n * 1E10);
        }
    }

    [Fact]
    public void RandomDoubles_AreDotNetsText()
    {
        var random = new Random(20261206);
        Span<byte> bits = stackalloc byte[8];
        for (var i = 0; i < 300_000; i++)
        {
            random.NextBytes(bits);
            AssertSame(BitConverter.ToDouble(bits));
            AssertSame(random.NextDouble() * 100);
            AssertSame(random.NextDouble());
            AssertSame(Math.ScaleB(random.NextDouble(), random.Next(-60, 60)));
        }
    }

    private static void AssertSame(double value)
    {
        var expected = value.ToString(CultureInfo.InvariantCulture);
        Span<byte> buffer = stackalloc byte[32];
        Assert.True(ShortestDouble.TryFormat(value, buffer, out var written));
        var actual = Encoding.UTF8.GetString(buffer[..written]);
        if (actual != expected)
        {
            Assert.Fail($"{BitConverter.DoubleToInt64Bits(value):X16}: expected {expected}, wrote {actual}");
        }
    }
}
