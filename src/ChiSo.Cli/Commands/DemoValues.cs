using System.Globalization;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Cli.Commands;

/// <summary>
/// Plausible random answers for demo data tables. Seeded, so the same seed gives the same file. Each unit has
/// a "maturity" drawn once, so its answers are correlated the way real provinces' are.
/// </summary>
internal sealed class DemoValues(int seed)
{
    private readonly Random _random = new(seed);

    public double NextMaturity() => 0.05 + (0.55 * _random.NextDouble());

    public string Answer(InputDefinition input, double maturity, int edition)
    {
        if (_random.NextDouble() < 0.02)
        {
            return ""; // a few gaps, as in every real collection round
        }

        var lean = Math.Clamp(maturity + ((_random.NextDouble() - 0.5) * 0.4), 0, 1);
        return input.Type switch
        {
            InputType.YesNo => lean > 0.45 ? "có" : "không",
            InputType.Choice => input.Options.IsDefaultOrEmpty ? "" : input.Options[Math.Min(input.Options.Length - 1, (int)((1 - lean) * input.Options.Length))].Key,
            InputType.Date => new DateOnly(edition, 1, 1).AddDays((int)(_random.NextDouble() * 360)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            InputType.Document => lean > 0.4 ? string.Create(CultureInfo.InvariantCulture, $"{_random.Next(1, 999)}/QĐ-UBND") : "",
            InputType.File => lean > 0.4 ? "minh-chung.pdf" : "",
            InputType.Percentage => Number(input, lean, 0, 100),
            InputType.Integer => Math.Round(double.Parse(Number(input, lean, 0, 1000), CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
            InputType.Number => Number(input, lean, 0, 1000),
        };
    }

    private static string Number(InputDefinition input, double lean, double low, double high)
    {
        var min = input.Min ?? low;
        var max = input.Max ?? Math.Max(high, min + 1);
        return Math.Round(min + ((max - min) * lean), 2).ToString(CultureInfo.InvariantCulture);
    }
}
