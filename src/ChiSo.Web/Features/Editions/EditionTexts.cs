using ChiSo.Data.Frameworks;
using ChiSo.Engine.Frameworks;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Editions;

/// <summary>The editions' words in the user's language.</summary>
public static class EditionTexts
{
    public static string Status(EditionStatus status) => status switch
    {
        EditionStatus.Draft => L.T("Bản nháp", "Draft"),
        EditionStatus.Published => L.T("Đã ban hành", "Published"),
    };

    public static string Type(InputType type) => type switch
    {
        InputType.Number => L.T("số", "number"),
        InputType.Percentage => L.T("tỷ lệ %", "percentage"),
        InputType.Integer => L.T("số nguyên", "whole number"),
        InputType.YesNo => L.T("có/không", "yes/no"),
        InputType.Choice => L.T("lựa chọn", "choice"),
        InputType.Date => L.T("ngày", "date"),
        InputType.Document => L.T("văn bản (số hiệu, ngày, trích yếu, người ký)", "document citation"),
        InputType.File => L.T("tệp", "file"),
    };

    public static string Points(double value) => L.Number(value, value % 1 == 0 ? 0 : 2);

    /// <summary>An input in words: its label, kind, bounds, unit and options.</summary>
    public static string Input(InputDefinition input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = $"{input.Label ?? input.Id} ({Type(input.Type)}";
        if (input.Min is not null || input.Max is not null)
        {
            text += $", {(input.Min is { } lo ? L.Number(lo, lo % 1 == 0 ? 0 : 2) : "…")}–{(input.Max is { } hi ? L.Number(hi, hi % 1 == 0 ? 0 : 2) : "…")}";
        }

        if (input.Unit is { Length: > 0 } unit)
        {
            text += $", {unit}";
        }

        if (!input.Options.IsDefaultOrEmpty)
        {
            text += ": " + string.Join("; ", input.Options.Select(o => o.Label));
        }

        return text + ")";
    }
}
