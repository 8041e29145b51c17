using System.Globalization;

namespace ChiSo.Engine;

/// <summary>
/// Numbers and dates written for people: Vietnamese 1.234,56 and dd/MM/yyyy, English 1,234.56. Built by hand
/// rather than from ICU's vi-VN so that the output is the same on every machine, whatever its ICU data says.
/// The command line and the web app both format through this one place.
/// </summary>
public static class PeopleFormat
{
    /// <summary>Vietnamese number format: decimal comma, dot between thousands.</summary>
    public static NumberFormatInfo VietnameseNumbers { get; } = Build(",", ".");

    /// <summary>English number format: decimal point, comma between thousands.</summary>
    public static NumberFormatInfo EnglishNumbers { get; } = Build(".", ",");

    /// <summary>The number format of a language.</summary>
    public static NumberFormatInfo Numbers(Language language) => language == Language.En ? EnglishNumbers : VietnameseNumbers;

    /// <summary>A number with a fixed count of decimals and thousands separators; a missing value (NaN) is a dash.</summary>
    public static string Number(double value, int decimals, Language language) =>
        double.IsNaN(value) ? "–" : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Numbers(language));

    /// <summary>A date as dd/MM/yyyy, the way Vietnamese documents write it.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    // What people type and what files and browsers send: Vietnamese day/month/year, with or without leading zeros,
    // and ISO (HTML date fields post it whatever the user's language).
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>A typed date, read as <see cref="Date(DateOnly)"/> writes it or as ISO yyyy-MM-dd; null when it is neither.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static NumberFormatInfo Build(string decimalSeparator, string groupSeparator) => NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = decimalSeparator,
        NumberGroupSeparator = groupSeparator,
        PercentDecimalSeparator = decimalSeparator,
        PercentGroupSeparator = groupSeparator,
        NegativeSign = "-",
        NaNSymbol = "–",
    });
}
