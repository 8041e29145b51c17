using System.Globalization;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// The one rule between what a person types (in the form or a workbook cell), what is stored
/// (<see cref="StoredValue"/>) and the number the engine scores. Text is read by <see cref="InputText"/>, so stored
/// values, demo data and imported tables all read the same way.
/// </summary>
public static class InputCodec
{
    /// <summary>
    /// Checks what a person typed for <paramref name="input"/> and gives what to store and the value it scores as.
    /// Empty text (for a citation: every part empty) stores nothing. A citation is checked by its first part; the
    /// other parts are free text.
    /// </summary>
    /// <returns>False, with a sentence in Vietnamese and English, when the text is not a value of the input's type.</returns>
    public static bool TryEncode(
        InputDefinition input, string? typed, out StoredValue stored, out double value, out Bilingual problem)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Type == InputType.Document)
        {
            // Typed as one line (a workbook cell) or given in the stored form: either way, stored by its parts.
            return TryEncodeParts(input, Citation.Decode(typed?.Trim()), out stored, out value, out problem);
        }

        stored = default;
        var text = typed?.Trim() ?? "";
        if (!InputText.TryParse(input, text, out value, out problem))
        {
            return false;
        }

        if (text.Length == 0)
        {
            value = double.NaN;
            return true;
        }

        stored = input.Type switch
        {
            InputType.Number or InputType.Percentage or InputType.Integer => new StoredValue(value, null),
            InputType.YesNo => new StoredValue(null, YesNo(value)),
            InputType.Choice => new StoredValue(null, input.Options[(int)value].Key),
            InputType.Date => new StoredValue(null, DateOnly.FromDayNumber((int)value).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            InputType.Document => new StoredValue(null, Citation.Encode(Citation.Decode(text))),
            InputType.File => new StoredValue(null, text),
        };
        return true;
    }

    /// <summary>
    /// The parts of a citation as a person filled them in, checked as <see cref="TryEncode"/> checks a citation and
    /// stored structured (<see cref="Citation.Encode"/>): no character in a part is ever joined to another.
    /// </summary>
    public static bool TryEncodeCitation(
        InputDefinition input, IReadOnlyList<string?> parts, out StoredValue stored, out double value, out Bilingual problem)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parts);
        if (input.Type != InputType.Document || parts.Count > Citation.PartCount)
        {
            (stored, value) = (default, double.NaN);
            problem = (
                $"Đầu vào '{input.Id}' không nhận trích dẫn văn bản gồm {parts.Count} phần.",
                $"Input '{input.Id}' does not take a document citation of {parts.Count} parts.");
            return false;
        }

        return TryEncodeParts(input, parts, out stored, out value, out problem);
    }

    /// <summary>
    /// The value <paramref name="stored"/> scores as; NaN when nothing is stored. False, with the reason, when stored
    /// text cannot be read for the input's type (the value then counts as missing).
    /// </summary>
    public static bool TryDecode(InputDefinition input, StoredValue stored, out double value, out Bilingual problem)
    {
        ArgumentNullException.ThrowIfNull(input);
        problem = default;
        if (stored.Number is { } number)
        {
            value = number;
            return true;
        }

        return InputText.TryParse(input, input.Type == InputType.Document ? Checked(Citation.Decode(stored.Text)) : stored.Text, out value, out problem);
    }

    /// <summary>The value <paramref name="stored"/> scores as; NaN when nothing is stored or it cannot be read.</summary>
    public static double Decode(InputDefinition input, StoredValue stored) =>
        TryDecode(input, stored, out var value, out _) ? value : double.NaN;

    /// <summary>
    /// The value as an HTML field of the input's type expects it: invariant numbers, "có"/"không", option keys,
    /// ISO dates, the citation or file text as stored. Empty when nothing is stored or it cannot be read.
    /// </summary>
    public static string FormText(InputDefinition input, StoredValue stored) => FormText(input, stored, Decode(input, stored));

    /// <summary>As <see cref="FormText(InputDefinition, StoredValue)"/>, with the value already decoded (or encoded).</summary>
    public static string FormText(InputDefinition input, StoredValue stored, double value)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Type is InputType.Document or InputType.File)
        {
            return input.Type == InputType.Document ? Citation.Text(stored.Text) : stored.Text ?? "";
        }

        if (double.IsNaN(value))
        {
            return "";
        }

        return input.Type switch
        {
            InputType.Number or InputType.Percentage or InputType.Integer => value.ToString("R", CultureInfo.InvariantCulture),
            InputType.YesNo => YesNo(value),
            InputType.Choice => input.Options[(int)value].Key,
            InputType.Date => DateOnly.FromDayNumber((int)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            InputType.Document => Citation.Text(stored.Text),
            InputType.File => stored.Text ?? "",
        };
    }

    private static string YesNo(double value) => value == 1 ? "có" : "không";

    private static bool TryEncodeParts(
        InputDefinition input, IReadOnlyList<string?> parts, out StoredValue stored, out double value, out Bilingual problem)
    {
        stored = default;
        var encoded = Citation.Encode(parts);
        if (!InputText.TryParse(input, encoded.Length == 0 ? "" : Checked(Citation.Decode(encoded)), out value, out problem))
        {
            return false;
        }

        if (encoded.Length == 0)
        {
            value = double.NaN;
            return true;
        }

        stored = new StoredValue(null, encoded);
        return true;
    }

    // The first part of a citation; when it is empty, the other parts, so that a citation without a number is still
    // checked against something.
    private static string Checked(IReadOnlyList<string> parts) =>
        parts[0] is { Length: > 0 } first ? first : Citation.Join(parts).Trim('|', ' ');
}
