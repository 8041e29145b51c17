using ChiSo.Engine.Composite.Numerics;

namespace ChiSo.Engine.Tests.Composite;

/// <summary>
/// R's sum, mean and var, reproduced bit for bit. Expected values were printed by R 4.2.2 on x86-64 Linux with
/// <c>sprintf("%.17g", …)</c>; each case is one where summing in doubles gives another double.
/// </summary>
public class RSumsTests
{
    [Fact]
    public void Sum_SmallTermsAfterALargeOne_AreKeptInTheExtendedAccumulator()
    {
        double[] x = [1e16, 1, 1];

        var sum = RSums.Sum(x);

        Assert.Equal(1e16 + 2, sum);
        Assert.Equal(1e16, (1e16 + 1) + 1);
    }

    [Theory]
    [InlineData(0.1, 0.2, 0.3, 0.59999999999999998)]
    [InlineData(-0.1, -0.2, -0.3, -0.59999999999999998)]
    [InlineData(1, -1e-30, 1e-30, 1)]
    public void Sum_ThreeValues_IsRsSum(double a, double b, double c, double expected)
    {
        double[] x = [a, b, c];

        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(RSums.Sum(x)));
    }

    [Fact]
    public void Sum_SkipsMissingValues()
    {
        double[] x = [0.1, double.NaN, 0.2, 0.3];

        Assert.Equal(0.59999999999999998, RSums.Sum(x));
    }

    [Fact]
    public void Mean_LargeAndSmallValues_IsRsTwoPassMean()
    {
        double[] x = [1e16, 1, 3];

        var (mean, count) = RSums.Mean(x);

        Assert.Equal(3333333333333334.5, mean);
        Assert.Equal(3, count);
    }

    [Fact]
    public void MeanAndVariance_FiveValues_AreRsMeanAndVar()
    {
        double[] x = [0.1, 0.2, 0.3, 0.4, 1.0 / 3];

        Assert.Equal(0.26666666666666666, RSums.Mean(x).Mean);
        Assert.Equal(0.013888888888888888, RSums.Variance(x));
    }

    [Fact]
    public void Variance_FewerThanTwoValues_IsMissing()
    {
        double[] x = [5, double.NaN];

        Assert.True(double.IsNaN(RSums.Variance(x)));
    }

    [Fact]
    public void LongDouble_TieAtTheSixtyFourthBit_RoundsToEven()
    {
        // 2^63 + 1 needs 64 bits and is exact; adding 0.5 makes a tie between 2^63 + 1 and 2^63 + 2, which
        // goes to the even significand, 2^63 + 2.
        var a = LongDouble.FromDouble(9223372036854775808.0) + LongDouble.FromDouble(1) + LongDouble.FromDouble(0.5);

        var back = a - LongDouble.FromDouble(9223372036854775808.0);

        Assert.Equal(2.0, back.ToDouble());
    }
}

/// <summary>The aggregation's add of a double takes a shorter path than <c>a + FromDouble(b)</c>; it must give the same bits.</summary>
public class LongDoubleAddDoubleTests
{
    [Fact]
    public void AddDouble_IsAddOfTheConvertedDouble_ForEveryKindOfDouble()
    {
        var random = new Random(20261206);
        double[] specials = [0.0, -0.0, double.Epsilon, -double.Epsilon, 2.2250738585072014E-308, 1, -1, 0.5, 1E300, -1E300, 3, -3];
        var fast = LongDouble.Zero;
        var slow = LongDouble.Zero;
        for (var i = 0; i < 200_000; i++)
        {
            var b = (i % 10) switch
            {
                0 => specials[random.Next(specials.Length)],
                1 => BitConverter.Int64BitsToDouble(random.NextInt64() & ~(0x7FFL << 52)), // subnormals
                2 => -slow.ToDouble(), // cancellation
                3 => Math.ScaleB(random.NextDouble() - 0.5, random.Next(-70, 70)),
                _ => (random.NextDouble() * 100) - 10,
            };
            if (i % 5000 == 0)
            {
                (fast, slow) = (LongDouble.Zero, LongDouble.Zero);
            }

            fast += b;
            slow += LongDouble.FromDouble(b);
            Assert.True(fast.Parts == slow.Parts, $"step {i}, adding {b:R}: {fast.Parts} against {slow.Parts}");
        }
    }
}
