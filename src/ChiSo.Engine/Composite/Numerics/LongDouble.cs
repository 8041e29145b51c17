namespace ChiSo.Engine.Composite.Numerics;

/// <summary>
/// A software copy of the x87 80-bit extended type (64-bit significand, round to nearest, ties to even): R's
/// <c>LDOUBLE</c> on x86-64 Linux, in which R's <c>sum</c>, <c>mean</c> and <c>var</c> accumulate. Summing in
/// doubles gives results one or two ulps away, and an ulp is enough to break an exact tie between two units, so
/// sums that COINr takes with R's functions are taken here with this type. Finite values only (the callers skip
/// missing values); results below the double's normal range are not rounded as the hardware would round them.
/// </summary>
internal readonly struct LongDouble
{
    // Value = (Negative ? −1 : 1) × Significand × 2^Exponent, with the significand's top bit set, or 0.
    private readonly ulong _significand;
    private readonly int _exponent;
    private readonly bool _negative;

    private LongDouble(ulong significand, int exponent, bool negative)
    {
        _significand = significand;
        _exponent = exponent;
        _negative = negative;
    }

    public static LongDouble Zero => default;

    public bool IsZero => _significand == 0;

    public static LongDouble FromDouble(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = unchecked((ulong)bits) & 0xF_FFFF_FFFF_FFFFUL;
        if (biased == 0 && fraction == 0)
        {
            return default;
        }

        var significand = biased == 0 ? fraction : fraction | (1UL << 52);
        var exponent = biased == 0 ? -1074 : biased - 1075;
        var shift = System.Numerics.BitOperations.LeadingZeroCount(significand);
        return new LongDouble(significand << shift, exponent - shift, negative);
    }

    public static LongDouble FromInt(int value) => FromDouble(value);

    public static LongDouble operator +(LongDouble a, LongDouble b) => Add(a, b, b._negative);

    public static LongDouble operator -(LongDouble a, LongDouble b) => Add(a, b, !b._negative);

    /// <summary>
    /// Adds a double: what the aggregation's sums do millions of times, so a normal double's significand is taken as
    /// it lies (its top bit set by one shift) rather than through <see cref="FromDouble"/>. The same result as
    /// <c>a + FromDouble(b)</c>.
    /// </summary>
    public static LongDouble operator +(LongDouble a, double b)
    {
        var bits = BitConverter.DoubleToInt64Bits(b);
        var biased = (int)((bits >> 52) & 0x7FF);
        if (biased == 0)
        {
            // Zero or subnormal: normalised the long way.
            return a + FromDouble(b);
        }

        var significand = (unchecked((ulong)bits) << 11) | (1UL << 63);
        var exponent = biased - 1075 - 11;
        var negative = bits < 0;
        if (a.IsZero)
        {
            return new LongDouble(significand, exponent, negative);
        }

        return a._exponent > exponent || (a._exponent == exponent && a._significand >= significand)
            ? AddOrdered(a._significand, a._exponent, a._negative, significand, exponent, negative)
            : AddOrdered(significand, exponent, negative, a._significand, a._exponent, a._negative);
    }

    /// <summary>The exact representation, for tests.</summary>
    internal (ulong Significand, int Exponent, bool Negative) Parts => (_significand, _exponent, _negative);

    public static LongDouble operator *(LongDouble a, LongDouble b)
    {
        if (a.IsZero || b.IsZero)
        {
            return default;
        }

        var product = (UInt128)a._significand * b._significand;
        return Round(product, a._exponent + b._exponent, a._negative != b._negative);
    }

    public static LongDouble operator /(LongDouble a, LongDouble b)
    {
        if (b.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (a.IsZero)
        {
            return default;
        }

        // A 64- or 65-bit quotient, then 62 more bits from the remainder, and a sticky bit for what is left.
        UInt128 dividend = (UInt128)a._significand << 64;
        var quotient = dividend / b._significand;
        var remainder = (dividend % b._significand) << 62;
        var more = remainder / b._significand;
        var sticky = remainder % b._significand != 0 ? UInt128.One : UInt128.Zero;
        return Round((quotient << 62) | more | sticky, a._exponent - b._exponent - 64 - 62, a._negative != b._negative);
    }

    /// <summary>Rounds to the nearest double, ties to even, as a C cast from <c>long double</c> does.</summary>
    public double ToDouble()
    {
        if (IsZero)
        {
            return _negative ? -0.0 : 0.0;
        }

        unchecked
        {
            var kept = _significand >> 11;
            var dropped = _significand & 0x7FF;
            var exponent = _exponent + 11;
            if (dropped > 0x400 || (dropped == 0x400 && (kept & 1) == 1))
            {
                kept++;
                if (kept == 1UL << 53)
                {
                    kept >>= 1;
                    exponent++;
                }
            }

            var magnitude = Math.ScaleB(kept, exponent);
            return _negative ? -magnitude : magnitude;
        }
    }

    private static LongDouble Add(LongDouble a, LongDouble b, bool bNegative)
    {
        if (b.IsZero)
        {
            return a;
        }

        if (a.IsZero)
        {
            return new LongDouble(b._significand, b._exponent, bNegative);
        }

        // Both significands have their top bit set, so the larger magnitude has the larger exponent, or the
        // larger significand when the exponents are equal.
        return a._exponent > b._exponent || (a._exponent == b._exponent && a._significand >= b._significand)
            ? AddOrdered(a._significand, a._exponent, a._negative, b._significand, b._exponent, bNegative)
            : AddOrdered(b._significand, b._exponent, bNegative, a._significand, a._exponent, a._negative);
    }

    /// <summary>
    /// |a| ≥ |b|. b is aligned to a's significand as a 128-bit pair (high word, 64-bit fraction below a's last
    /// bit); bits shifted out beyond the fraction survive as a sticky bit, which is enough to round correctly
    /// with 62 and more bits between the rounding position and it. 64-bit operations only: sums of millions of
    /// values go through here.
    /// </summary>
    private static LongDouble AddOrdered(ulong a, int aExponent, bool aNegative, ulong b, int bExponent, bool bNegative)
    {
        unchecked
        {
            var shift = aExponent - bExponent;
            if (shift >= 66)
            {
                // b is below a quarter of a's last place: it cannot move the rounded result.
                return new LongDouble(a, aExponent, aNegative);
            }

            ulong high, fraction;
            if (shift == 0)
            {
                (high, fraction) = (b, 0);
            }
            else if (shift < 64)
            {
                (high, fraction) = (b >> shift, b << (64 - shift));
            }
            else
            {
                var rest = shift == 64 ? 0 : b << (128 - shift);
                (high, fraction) = (0, (shift == 64 ? b : b >> (shift - 64)) | (rest != 0 ? 1UL : 0));
            }

            if (aNegative == bNegative)
            {
                var sum = a + high;
                if (sum < a)
                {
                    // Carried out of 64 bits: one more place, the bit shifted out leads the fraction.
                    var fractionAfter = (sum << 63) | (fraction >> 1) | (fraction & 1);
                    return RoundFraction((sum >> 1) | (1UL << 63), fractionAfter, aExponent + 1, aNegative);
                }

                return RoundFraction(sum, fraction, aExponent, aNegative);
            }

            var borrow = fraction != 0 ? 1UL : 0;
            var lowDifference = 0 - fraction;
            var highDifference = a - high - borrow;
            if (highDifference == 0 && lowDifference == 0)
            {
                return default;
            }

            if (highDifference == 0)
            {
                // Only when b was within one place of a: the fraction holds at most one bit, exactly.
                var up = System.Numerics.BitOperations.LeadingZeroCount(lowDifference);
                return new LongDouble(lowDifference << up, aExponent - 64 - up, aNegative);
            }

            var lead = System.Numerics.BitOperations.LeadingZeroCount(highDifference);
            var significand = lead == 0 ? highDifference : (highDifference << lead) | (lowDifference >> (64 - lead));
            return RoundFraction(significand, lowDifference << lead, aExponent - lead, aNegative);
        }
    }

    /// <summary>Rounds significand + fraction/2⁶⁴ (in units of the last place) to nearest, ties to even.</summary>
    private static LongDouble RoundFraction(ulong significand, ulong fraction, int exponent, bool negative)
    {
        unchecked
        {
            const ulong Half = 1UL << 63;
            if (fraction > Half || (fraction == Half && (significand & 1) == 1))
            {
                significand++;
                if (significand == 0)
                {
                    return new LongDouble(Half, exponent + 1, negative);
                }
            }

            return new LongDouble(significand, exponent, negative);
        }
    }

    private static LongDouble Round(UInt128 value, int exponent, bool negative)
    {
        unchecked
        {
            var top = 127 - (int)UInt128.LeadingZeroCount(value);
            if (top <= 63)
            {
                var up = 63 - top;
                return new LongDouble((ulong)value << up, exponent - up, negative);
            }

            var drop = top - 63;
            var kept = (ulong)(value >> drop);
            var rest = value & ((UInt128.One << drop) - 1);
            var half = UInt128.One << (drop - 1);
            exponent += drop;
            if (rest > half || (rest == half && (kept & 1) == 1))
            {
                kept++;
                if (kept == 0)
                {
                    kept = 1UL << 63;
                    exponent++;
                }
            }

            return new LongDouble(kept, exponent, negative);
        }
    }
}
