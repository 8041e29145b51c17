using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Data.Demo;

/// <summary>One drawn input value of a unit (index), a round, a plan node and one of its inputs: a number, or text for options, dates and citations.</summary>
public readonly record struct DemoValue(int Unit, int Round, int Node, int Input, double? Number, string? Text)
{
    /// <summary>The value as a data-table cell: numbers in invariant form, text as it is.</summary>
    public string Cell => Number is { } number ? number.ToString("R", CultureInfo.InvariantCulture) : Text ?? "";
}

/// <summary>
/// Plausible seeded answers for a demo campaign whose final index values average close to a target (e.g. the
/// published provincial DTI average). Each unit has a maturity, so its answers are correlated as real ones are;
/// the maturity offset is calibrated by scoring the drawn answers with the engine and correcting a few times.
/// Reviewed rounds change about one input in ten, mostly downwards, as appraisal councils do. The one generator of
/// demo answers: the demo seeder stores them, <c>chiso template --demo</c> writes them as table cells.
/// </summary>
/// <param name="plan">The framework's plan.</param>
/// <param name="units">How many units to draw for.</param>
/// <param name="seed">The same seed draws the same answers.</param>
/// <param name="year">The assessment year dates fall in.</param>
public sealed class DemoAnswers(ScoringPlan plan, int units, int seed, int year = 2024)
{
    private double[] _maturity = [];

    /// <summary>Each unit's maturity (0–1) in the last draw: how far along it is, what its answers lean to.</summary>
    public IReadOnlyList<double> Maturity => _maturity;

    /// <summary>Draws every unit's answers so that the final index values average close to <paramref name="targetValue"/>.</summary>
    public List<DemoValue> Draw(double targetValue, int rounds = 1, double filledShare = 1)
    {
        var offset = 0.0;
        List<DemoValue> values = [];
        for (var attempt = 0; attempt < 6; attempt++)
        {
            values = DrawOnce(targetValue + offset, rounds, filledShare);
            var mean = MeanTotal(values);
            if (Math.Abs(mean - targetValue) < 0.002)
            {
                break;
            }

            offset += targetValue - mean;
        }

        return values;
    }

    private List<DemoValue> DrawOnce(double centre, int rounds, double filledShare)
    {
        var random = new Random(seed);
        var values = new List<DemoValue>();
        _maturity = new double[units];
        for (var u = 0; u < units; u++)
        {
            var maturity = centre + ((random.NextDouble() - 0.5) * 0.35);
            _maturity[u] = Math.Clamp(maturity, 0, 1);
            var filledLeaves = (int)Math.Round(plan.Leaves.Length * filledShare);
            foreach (var leaf in plan.Leaves.Take(filledLeaves))
            {
                var inputs = plan.Nodes[leaf].Inputs;
                var scale = 50 + random.Next(2000);
                for (var k = 0; k < inputs.Length; k++)
                {
                    if (random.NextDouble() < 0.01)
                    {
                        continue; // a few gaps, as in every real collection round
                    }

                    var lean = Math.Clamp(maturity + ((random.NextDouble() - 0.5) * 0.4), 0, 1);
                    var last = k == inputs.Length - 1 && k > 0;
                    values.Add(Answer(u, 0, leaf, k, inputs[k], lean, last, scale));
                    for (var round = 1; round < rounds; round++)
                    {
                        if (random.NextDouble() < 0.1)
                        {
                            var reviewed = Math.Clamp(lean - (random.NextDouble() * 0.4) + 0.05, 0, 1);
                            values.Add(Answer(u, round, leaf, k, inputs[k], reviewed, last, scale));
                        }
                    }
                }
            }
        }

        return values;
    }

    /// <summary>
    /// In a criterion with several counts the last one is the total the others are shares of (trained staff of all
    /// staff), so it gets the unit's scale and the others a lean share of it.
    /// </summary>
    private DemoValue Answer(int unit, int round, int node, int k, InputDefinition input, double lean, bool total, int scale)
    {
        return input.Type switch
        {
            InputType.YesNo => new(unit, round, node, k, null, lean > 0.4 ? "có" : "không"),
            InputType.Choice => new(unit, round, node, k, null,
                input.Options.IsDefaultOrEmpty ? null : input.Options[Math.Min(input.Options.Length - 1, (int)((1 - lean) * input.Options.Length))].Key),
            InputType.Date => new(unit, round, node, k, null,
                new DateOnly(year, 1, 1).AddDays((int)((1 - lean) * 360)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            InputType.Document => new(unit, round, node, k, null,
                lean > 0.35 ? string.Create(CultureInfo.InvariantCulture, $"{10 + (int)(lean * 900)}/QĐ-UBND") : "không"),
            InputType.File => new(unit, round, node, k, null, lean > 0.35 ? "minh-chung.pdf" : "không"),
            InputType.Percentage => new(unit, round, node, k, Math.Round(Bounded(input, lean, 0, 100), 2), null),
            InputType.Integer => new(unit, round, node, k, Math.Round(total ? scale : input.Max is not null ? Bounded(input, lean, 0, scale) : lean * scale), null),
            InputType.Number => new(unit, round, node, k, Math.Round(total ? scale : Bounded(input, lean, 0, input.Max is null ? scale : 1000), 2), null),
        };
    }

    private static double Bounded(InputDefinition input, double lean, double low, double high)
    {
        var min = input.Min ?? low;
        var max = input.Max ?? Math.Max(high, min + 1);
        return min + ((max - min) * lean);
    }

    /// <summary>The mean total value over units of the last round's values (later rounds replace earlier ones).</summary>
    private double MeanTotal(List<DemoValue> values)
    {
        var codes = Enumerable.Range(0, units).Select(u => u.ToString(CultureInfo.InvariantCulture)).ToImmutableArray();
        var sheet = PointsScorer.Score(Dataset(plan, codes, codes, values));
        return Enumerable.Range(0, units).Average(u => sheet.Value(0, u));
    }

    /// <summary>The engine's dataset of drawn answers for units named <paramref name="codes"/> (later rounds replace earlier ones).</summary>
    public static PointsDataset Dataset(ScoringPlan plan, ImmutableArray<string> codes, ImmutableArray<string> names, IEnumerable<DemoValue> values)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(values);
        var data = new PointsDataset(plan, codes, names);
        var columns = new Dictionary<(int, int), double[]>();
        foreach (var v in values.OrderBy(v => v.Round))
        {
            if (!columns.TryGetValue((v.Node, v.Input), out var column))
            {
                column = new double[codes.Length];
                Array.Fill(column, double.NaN);
                columns[(v.Node, v.Input)] = column;
            }

            column[v.Unit] = ValueOf(plan, v);
        }

        foreach (var ((node, input), column) in columns)
        {
            data.SetInput(node, input, column);
        }

        return data;
    }

    /// <summary>The engine value of a drawn answer.</summary>
    public static double ValueOf(ScoringPlan plan, DemoValue v) => InputCodec.Decode(plan.Nodes[v.Node].Inputs[v.Input], new StoredValue(v.Number, v.Text));
}
