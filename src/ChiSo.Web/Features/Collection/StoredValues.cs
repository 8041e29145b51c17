using System.Globalization;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Web.Features.Collection;

/// <summary>A value as it is stored: numbers as numbers, everything else as the text the scoring rules read.</summary>
public readonly record struct Parsed(double? Number, string? Text);

/// <summary>
/// Between the form's fields and <see cref="Data.Submissions.InputValue"/>: numbers go in <c>Number</c>; yes/no,
/// choices (by option key), dates (dd/MM/yyyy) and document citations go in <c>Text</c>, which
/// <see cref="InputText"/> reads exactly as it reads the demo data and imported tables.
/// </summary>
public static class StoredValues
{
    /// <summary>The parts of a document citation, joined in one text: số hiệu | ngày ban hành | trích yếu | người ký.</summary>
    public const string CitationSeparator = " | ";

    public static double Read(InputDefinition input, double? number, string? text) =>
        number ?? (InputText.TryParse(input, text, out var value, out _) ? value : double.NaN);

    /// <summary>Checks what the user typed; empty text clears the value.</summary>
    public static bool TryParse(InputDefinition input, string? raw, out Parsed parsed, out (string Vi, string En) problem)
    {
        parsed = default;
        var text = raw?.Trim() ?? "";
        if (!InputText.TryParse(input, input.Type == InputType.Document ? FirstPart(text) : text, out var value, out problem))
        {
            return false;
        }

        if (text.Length == 0 || (input.Type == InputType.Document && text.Replace("|", "", StringComparison.Ordinal).Trim().Length == 0))
        {
            return true;
        }

        parsed = input.Type switch
        {
            InputType.Number or InputType.Percentage or InputType.Integer => new Parsed(value, null),
            InputType.YesNo => new Parsed(null, value == 1 ? "có" : "không"),
            InputType.Choice => new Parsed(null, input.Options[(int)value].Key),
            InputType.Date => new Parsed(null, DateOnly.FromDayNumber((int)value).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            InputType.Document or InputType.File => new Parsed(null, text),
        };
        return true;
    }

    /// <summary>The value an HTML field of the input's type expects (invariant numbers, ISO dates, option keys).</summary>
    public static string FormValue(InputDefinition input, double? number, string? text)
    {
        var value = Read(input, number, text);
        if (double.IsNaN(value))
        {
            return input.Type is InputType.Document or InputType.File ? text ?? "" : "";
        }

        return input.Type switch
        {
            InputType.Number or InputType.Percentage or InputType.Integer => value.ToString("R", CultureInfo.InvariantCulture),
            InputType.YesNo => value == 1 ? "có" : "không",
            InputType.Choice => input.Options[(int)value].Key,
            InputType.Date => DateOnly.FromDayNumber((int)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            InputType.Document or InputType.File => text ?? "",
        };
    }

    /// <summary>The four parts of a stored citation (missing parts empty).</summary>
    public static string[] CitationParts(string? text)
    {
        var parts = (text ?? "").Split('|', StringSplitOptions.TrimEntries);
        return [.. Enumerable.Range(0, 4).Select(i => i < parts.Length ? parts[i] : "")];
    }

    private static string FirstPart(string text) => text.Split('|', 2)[0].Trim() is { Length: > 0 } first ? first : text.Trim().Trim('|').Trim();
}
