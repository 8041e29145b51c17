using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Workbooks;

/// <summary>Stored values as the preview shows and compares them: by what the scoring rules read, not by spelling.</summary>
public static class ValueShown
{
    /// <summary>True when the new value means the same as the stored one ("Có" and "có", 12 and 12,0).</summary>
    public static bool Same(InputDefinition input, double? number, string? text, StoredValue parsed)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Type == InputType.Document)
        {
            return Citation.Decode(text).SequenceEqual(Citation.Decode(parsed.Text));
        }

        if (input.Type == InputType.File)
        {
            return string.Equals((text ?? "").Trim(), (parsed.Text ?? "").Trim(), StringComparison.Ordinal);
        }

        var old = InputCodec.Decode(input, new StoredValue(number, text));
        var now = InputCodec.Decode(input, parsed);
        return old.Equals(now);
    }

    /// <summary>The value in the user's language: 541,46; có; the option's label; 23/11/2026; "(trống)" when empty.</summary>
    public static string Text(InputDefinition input, double? number, string? text)
    {
        ArgumentNullException.ThrowIfNull(input);
        var value = InputCodec.Decode(input, new StoredValue(number, text));
        if (input.Type is InputType.Document or InputType.File)
        {
            var shown = input.Type == InputType.Document ? Citation.Text(text) : text;
            return string.IsNullOrWhiteSpace(shown) ? Empty : shown;
        }

        if (double.IsNaN(value))
        {
            return Empty;
        }

        return input.Type switch
        {
            // Every decimal the user typed, so that a change in the fourth decimal is visible too.
            InputType.Number or InputType.Percentage or InputType.Integer => value.ToString("#,##0.######", L.Culture.NumberFormat),
            InputType.YesNo => value == 1 ? L.T("có", "yes") : L.T("không", "no"),
            InputType.Choice => input.Options[(int)value].Label,
            InputType.Date => L.Date(DateOnly.FromDayNumber((int)value)),
            _ => text ?? "",
        };
    }

    private static string Empty => L.T("(trống)", "(empty)");
}
