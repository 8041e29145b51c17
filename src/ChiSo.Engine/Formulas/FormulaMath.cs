namespace ChiSo.Engine.Formulas;

/// <summary>Arithmetic shared by the interpreter and the compiled form, where one definition must serve both.</summary>
internal static class FormulaMath
{
    private const int MaxDigits = 15;

    /// <summary>
    /// Rounds half away from zero (0.5 → 1, 2.345 at 2 digits → 2.35 as far as binary allows), as Excel's ROUND and
    /// Vietnamese scoring sheets do. The digit count is rounded to a whole number and limited to −15…15; negative
    /// counts round to tens, hundreds….
    /// </summary>
    public static double Round(double x, double digits)
    {
        if (double.IsNaN(x) || double.IsNaN(digits))
        {
            return double.NaN;
        }

        var n = (int)Math.Clamp(Math.Round(digits, MidpointRounding.AwayFromZero), -MaxDigits, MaxDigits);
        if (n >= 0)
        {
            return Math.Round(x, n, MidpointRounding.AwayFromZero);
        }

        var scale = Math.Pow(10, -n);
        return Math.Round(x / scale, MidpointRounding.AwayFromZero) * scale;
    }
}
