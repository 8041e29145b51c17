using System.Globalization;

namespace ChiSo.Cli.Output;

/// <summary>Number and date formats of the command line: people's formats from the engine, and the machine format.</summary>
internal static class VietnameseFormat
{
    public static string Number(double value, int decimals, Engine.Language language) => Engine.PeopleFormat.Number(value, decimals, language);

    public static string Date(DateOnly date) => Engine.PeopleFormat.Date(date);

    /// <summary>Machine format for CSV and JSON: invariant, round-trippable.</summary>
    public static string Machine(double value) =>
        double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);
}
