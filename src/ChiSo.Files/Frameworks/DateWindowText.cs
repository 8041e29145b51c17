using System.Globalization;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Frameworks;

/// <summary>
/// An input's <c>within</c> in one workbook cell: <c>period</c> (the campaign's period), <c>2026-01-01..2026-12-31</c>
/// (either end may be left out), or both, <c>period 2026-07-01..</c>.
/// </summary>
internal static class DateWindowText
{
    private const string Period = "period";

    public static string? Format(DateWindow? window)
    {
        if (window is null)
        {
            return null;
        }

        var days = window.From is null && window.To is null ? null : $"{Day(window.From)}..{Day(window.To)}";
        return string.Join(' ', new[] { window.Period ? Period : null, days }.OfType<string>());
    }

    /// <summary>The window the cell says; null when it cannot be read.</summary>
    public static DateWindow? Parse(string text)
    {
        var rest = text.Trim();
        var period = rest.StartsWith(Period, StringComparison.OrdinalIgnoreCase);
        rest = period ? rest[Period.Length..].Trim() : rest;
        if (rest.Length == 0)
        {
            return period ? new DateWindow(true) : null;
        }

        var ends = rest.Split("..");
        if (ends.Length != 2 || !TryDay(ends[0], out var from) || !TryDay(ends[1], out var to) || (from is null && to is null))
        {
            return null;
        }

        return new DateWindow(period, from, to);
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static bool TryDay(string text, out DateOnly? day)
    {
        day = null;
        if (text.Trim().Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
