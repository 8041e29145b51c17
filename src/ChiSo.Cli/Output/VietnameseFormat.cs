using System.Globalization;

namespace ChiSo.Cli.Output;

/// <summary>Number and date formats for people: Vietnamese 541,46 and dd/MM/yyyy, or English 541.46.</summary>
internal static class VietnameseFormat
{
    // Built by hand rather than from ICU's vi-VN so the output is the same on every machine.
    private static readonly NumberFormatInfo Vi = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
        NaNSymbol = "–",
    };

    private static readonly NumberFormatInfo En = new()
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = ",",
        NegativeSign = "-",
        NaNSymbol = "–",
    };

    public static string Number(double value, int decimals, Engine.Language language) =>
        double.IsNaN(value) ? "–" : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), language == Engine.Language.En ? En : Vi);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Machine format for CSV and JSON: invariant, round-trippable.</summary>
    public static string Machine(double value) =>
        double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);
}
