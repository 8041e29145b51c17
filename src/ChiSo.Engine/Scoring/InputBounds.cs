using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// The one rule for which values an input takes: its declared <c>min</c>/<c>max</c>, and where it declares none, the
/// bounds its type implies (a count is a whole number from 0 to a billion; a percentage from 0 to 100; any number
/// within ±10^15), so that 1E+20 is never a count. Dates fall within their <see cref="DateWindow"/>. A value out of
/// bounds is refused, never altered.
/// </summary>
public static class InputBounds
{
    /// <summary>The largest count an integer input takes when it declares no <c>max</c>.</summary>
    public const double CountMax = 1e9;

    /// <summary>The largest magnitude a number input takes when it declares no bounds.</summary>
    public const double NumberLimit = 1e15;

    /// <summary>The lowest value <paramref name="input"/> takes; null for inputs that are not numbers.</summary>
    public static double? Min(InputDefinition input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Min ?? input.Type switch
        {
            InputType.Integer or InputType.Percentage => 0,
            InputType.Number => -NumberLimit,
            _ => null,
        };
    }

    /// <summary>The highest value <paramref name="input"/> takes; null for inputs that are not numbers.</summary>
    public static double? Max(InputDefinition input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Max ?? input.Type switch
        {
            InputType.Integer => CountMax,
            InputType.Percentage => 100,
            InputType.Number => NumberLimit,
            _ => null,
        };
    }

    /// <summary>Why <paramref name="value"/> is out of <paramref name="input"/>'s bounds; null when it is within them or missing.</summary>
    public static Bilingual? RangeProblem(InputDefinition input, double value)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (double.IsNaN(value) || input.Type is not (InputType.Number or InputType.Percentage or InputType.Integer))
        {
            return null;
        }

        var (min, max) = (Min(input), Max(input));
        if ((min is { } low && value < low) || (max is { } high && value > high))
        {
            var name = NameOf(input);
            return (
                $"{name}: {Show(value, Language.Vi)} nằm ngoài khoảng cho phép, từ {Show(min, Language.Vi)} đến {Show(max, Language.Vi)}.",
                $"{name}: {Show(value, Language.En)} is outside the allowed range, from {Show(min, Language.En)} to {Show(max, Language.En)}.");
        }

        return null;
    }

    /// <summary>The period of a campaign of <paramref name="year"/>, what <c>within: period</c> means: its assessment year.</summary>
    public static (DateOnly Start, DateOnly End) PeriodOf(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The first and last day a date of <paramref name="input"/> may be, given the campaign's period.</summary>
    public static (DateOnly? From, DateOnly? To) Days(InputDefinition input, DateOnly? periodStart, DateOnly? periodEnd)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Within is not { } within)
        {
            return (null, null);
        }

        var from = Later(within.From, within.Period ? periodStart : null);
        var to = Earlier(within.To, within.Period ? periodEnd : null);
        return (from, to);
    }

    /// <summary>The date a stored value of a date or document input carries (a citation's date issued); null for none.</summary>
    public static DateOnly? DateOf(InputDefinition input, StoredValue stored)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Type switch
        {
            InputType.Date => PeopleFormat.ParseDate(stored.Text),
            InputType.Document => PeopleFormat.ParseDate(Citation.Split(stored.Text)[1]),
            _ => null,
        };
    }

    /// <summary>Why <paramref name="date"/> is outside the days <paramref name="input"/> allows; null when it is within.</summary>
    public static Bilingual? DateProblem(InputDefinition input, DateOnly date, DateOnly? periodStart, DateOnly? periodEnd)
    {
        var (from, to) = Days(input, periodStart, periodEnd);
        if ((from is { } first && date < first) || (to is { } last && date > last))
        {
            var name = NameOf(input);
            var span = (from, to) switch
            {
                ({ } f, { } t) => ($"từ {PeopleFormat.Date(f)} đến {PeopleFormat.Date(t)}", $"from {PeopleFormat.Date(f)} to {PeopleFormat.Date(t)}"),
                ({ } f, null) => ($"từ {PeopleFormat.Date(f)} trở đi", $"on or after {PeopleFormat.Date(f)}"),
                _ => ($"đến hết {PeopleFormat.Date(to!.Value)}", $"on or before {PeopleFormat.Date(to!.Value)}"),
            };
            var period = input.Within!.Period ? (" (trong kỳ đánh giá)", " (within the assessment period)") : ("", "");
            return (
                $"{name}: ngày {PeopleFormat.Date(date)} không hợp lệ; ngày phải {span.Item1}{period.Item1}.",
                $"{name}: the date {PeopleFormat.Date(date)} is not allowed; it must be {span.Item2}{period.Item2}.");
        }

        return null;
    }

    /// <summary>
    /// Why a stored value breaks its input's bounds (a number out of range, a date outside its window); null when it
    /// keeps them or is empty. For values stored before the bounds existed, or imported.
    /// </summary>
    public static Bilingual? Problem(InputDefinition input, StoredValue stored, DateOnly? periodStart, DateOnly? periodEnd)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (RangeProblem(input, InputCodec.Decode(input, stored)) is { } range)
        {
            return range;
        }

        return DateOf(input, stored) is { } date ? DateProblem(input, date, periodStart, periodEnd) : null;
    }

    /// <summary>The input as people know it: its label, or its id when it has none.</summary>
    public static string NameOf(InputDefinition input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return "«" + (string.IsNullOrWhiteSpace(input.Label) ? input.Id : input.Label.Trim()) + "»";
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static string Show(double? value, Language language) =>
        value is not { } v ? "…" : v == Math.Floor(v) && Math.Abs(v) < 1e16
            ? v.ToString("N0", PeopleFormat.Numbers(language))
            : v.ToString("0.######", PeopleFormat.Numbers(language));
}
