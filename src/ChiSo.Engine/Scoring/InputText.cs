using System.Globalization;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// Reads an input value from the text of a table cell, the way Vietnamese offices write it: decimal commas
/// (541,46) or points, "có"/"không", option keys or labels, dates as dd/MM/yyyy or yyyy-MM-dd.
/// </summary>
public static class InputText
{
    private static readonly string[] Yes = ["có", "co", "yes", "y", "true", "đúng", "x", "1"];
    private static readonly string[] No = ["không", "khong", "no", "n", "false", "sai", "0"];

    /// <summary>
    /// Parses <paramref name="text"/> for <paramref name="input"/>. Empty text is a missing value (NaN) and
    /// succeeds. On failure returns false and a sentence in Vietnamese and English saying what was expected.
    /// </summary>
    public static bool TryParse(InputDefinition input, string? text, out double value, out Bilingual problem)
    {
        ArgumentNullException.ThrowIfNull(input);
        problem = default;
        value = double.NaN;
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
        {
            return true;
        }

        var ok = input.Type switch
        {
            InputType.Number or InputType.Percentage => TryNumber(t.TrimEnd('%').TrimEnd(), out value),
            InputType.Integer => TryNumber(t, out value) && value == Math.Floor(value),
            InputType.YesNo => TryYesNo(t, out value),
            InputType.Choice => TryChoice(input, t, out value),
            InputType.Date => TryDate(t, out value),
            InputType.Document or InputType.File => TryPresence(t, out value),
        };

        if (!ok)
        {
            value = double.NaN;
            problem = Expected(input, t);
            return false;
        }

        if (InputBounds.RangeProblem(input, value) is { } outside)
        {
            problem = outside;
            value = double.NaN;
            return false;
        }

        return true;
    }

    /// <summary>Parses a number written with a decimal point or a Vietnamese decimal comma.</summary>
    public static bool TryNumber(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Contains(',', StringComparison.Ordinal) && !t.Contains('.', StringComparison.Ordinal))
        {
            t = t.Replace(',', '.');
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static bool TryYesNo(string t, out double value)
    {
        var yes = ParseYesNo(t);
        value = yes is { } y ? (y ? 1 : 0) : double.NaN;
        return yes is not null;
    }

    /// <summary>The yes/no words people write, in Vietnamese or English ("có", "không", "x", "đúng", "sai", …); null for any other text.</summary>
    public static bool? ParseYesNo(string? text)
    {
        var t = text?.Trim() ?? "";
        return Yes.Contains(t, StringComparer.OrdinalIgnoreCase) ? true : No.Contains(t, StringComparer.OrdinalIgnoreCase) ? false : null;
    }

    private static bool TryChoice(InputDefinition input, string t, out double value)
    {
        for (var k = 0; k < input.Options.Length; k++)
        {
            var option = input.Options[k];
            if (string.Equals(option.Key, t, StringComparison.OrdinalIgnoreCase)
                || string.Equals(option.Label, t, StringComparison.OrdinalIgnoreCase))
            {
                value = k;
                return true;
            }
        }

        value = double.NaN;
        return false;
    }

    private static bool TryDate(string t, out double value)
    {
        var date = PeopleFormat.ParseDate(t);
        value = date?.DayNumber ?? double.NaN;
        return date is not null;
    }

    private static bool TryPresence(string t, out double value)
    {
        // A citation or file reference is any text; "không" or 0 says there is none.
        value = No.Contains(t, StringComparer.OrdinalIgnoreCase) ? 0 : 1;
        return true;
    }

    private static Bilingual Expected(InputDefinition input, string t) => input.Type switch
    {
        InputType.Number or InputType.Percentage => ($"'{t}' không phải là số (đầu vào '{input.Id}'). Hãy nhập số, ví dụ 541,46.", $"'{t}' is not a number (input '{input.Id}'). Enter a number such as 541.46."),
        InputType.Integer => ($"'{t}' không phải là số nguyên (đầu vào '{input.Id}').", $"'{t}' is not a whole number (input '{input.Id}')."),
        InputType.YesNo => ($"'{t}' không phải là Có/Không (đầu vào '{input.Id}'). Hãy nhập 'có' hoặc 'không'.", $"'{t}' is not yes/no (input '{input.Id}'). Enter 'có' or 'không'."),
        InputType.Choice => ($"'{t}' không phải là một lựa chọn của '{input.Id}'. Các lựa chọn: {string.Join(", ", input.Options.Select(o => o.Key))}.", $"'{t}' is not an option of '{input.Id}'. Options: {string.Join(", ", input.Options.Select(o => o.Key))}."),
        InputType.Date => ($"'{t}' không phải là ngày (đầu vào '{input.Id}'). Hãy viết dd/MM/yyyy, ví dụ 23/11/2026.", $"'{t}' is not a date (input '{input.Id}'). Write dd/MM/yyyy, e.g. 23/11/2026."),
        InputType.Document or InputType.File => ("", ""),
    };
}
