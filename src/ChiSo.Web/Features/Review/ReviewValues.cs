using ChiSo.Data.Review;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Review;

/// <summary>A submitted value in plain words: 541,46 người, Có, the option's label, dd/MM/yyyy, a citation's parts.</summary>
public static class ReviewValues
{
    public static string Shown(InputDefinition input, ReviewValue? value)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (value is null || (value.Number is null && string.IsNullOrWhiteSpace(value.Text)))
        {
            return L.T("(chưa nhập)", "(not entered)");
        }

        var stored = new StoredValue(value.Number, value.Text);
        if (input.Type is InputType.Document)
        {
            var parts = Citation.Decode(value.Text);
            var date = parts.Length > 1 && Engine.PeopleFormat.ParseDate(parts[1]) is { } d ? L.Date(d) : parts.ElementAtOrDefault(1);
            return string.Join(" · ", new[]
            {
                Part(L.T("Số hiệu", "Number"), parts.ElementAtOrDefault(0)), Part(L.T("ngày", "date"), date),
                Part(L.T("trích yếu", "summary"), parts.ElementAtOrDefault(2)), Part(L.T("người ký", "signed by"), parts.ElementAtOrDefault(3)),
            }.Where(p => p.Length > 0));
        }

        if (input.Type is InputType.File)
        {
            return value.Text ?? "";
        }

        var number = InputCodec.Decode(input, stored);
        if (double.IsNaN(number))
        {
            return L.T($"(không đọc được: {value.Text})", $"(unreadable: {value.Text})");
        }

        return input.Type switch
        {
            InputType.Number => WithUnit(L.Number(number, Decimals(number)), input.Unit),
            InputType.Percentage => L.Percent(number, Decimals(number)),
            InputType.Integer => WithUnit(L.Number(number, 0), input.Unit),
            InputType.YesNo => number != 0 ? L.T("Có", "Yes") : L.T("Không", "No"),
            InputType.Choice => input.Options.ElementAtOrDefault((int)number)?.Label ?? InputCodec.FormText(input, stored, number),
            InputType.Date => Engine.PeopleFormat.ParseDate(InputCodec.FormText(input, stored, number)) is { } day ? L.Date(day) : InputCodec.FormText(input, stored, number),
            InputType.Document or InputType.File => value.Text ?? "",
        };
    }

    /// <summary>Points as the page shows them: 7,5 or – when the rule cannot give any.</summary>
    public static string Points(double points) => double.IsNaN(points) ? "–" : L.Number(points, Decimals(points));

    /// <summary>Points for a form field: invariant, as HTML number fields read them.</summary>
    public static string Field(double? points) =>
        points is { } p && !double.IsNaN(p) ? p.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "";

    private static int Decimals(double value) => Math.Abs(value - Math.Round(value)) < 1e-9 ? 0 : 2;

    private static string WithUnit(string text, string? unit) => unit is { Length: > 0 } ? $"{text} {unit}" : text;

    private static string Part(string label, string? text) => string.IsNullOrWhiteSpace(text) ? "" : $"{label}: {text}";
}
