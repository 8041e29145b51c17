using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Frameworks;

/// <summary>The views sheet of a framework workbook (ADR 0025): one view per row, its parts as "code; code:weight".</summary>
internal static class ViewParts
{
    public static string Format(ImmutableArray<ViewPart> parts) =>
        string.Join("; ", parts.Select(p => p.Weight == 1 ? p.Code : $"{p.Code}:{p.Weight.ToString("R", CultureInfo.InvariantCulture)}"));

    public static ImmutableArray<FrameworkView> ReadViews(SheetTable table)
    {
        var views = ImmutableArray.CreateBuilder<FrameworkView>();
        foreach (var row in table.Rows().Take(FrameworkView.MaxCount + 1))
        {
            var code = table.RequiredText(row, "code");
            var name = table.RequiredText(row, "name");
            var of = table.RequiredText(row, "of");
            if (code is null || name is null || of is null)
            {
                continue;
            }

            var at = table.At(row, "code");
            views.Add(new FrameworkView
            {
                Code = code,
                Name = name,
                NameEn = table.Text(row, "name_en"),
                Rule = table.Word<ViewRule>(row, "rule") ?? ViewRule.Sum,
                Of = [.. Parse(of).Take(FrameworkView.MaxParts + 1).Select(p => p with { At = table.At(row, "of") })],
                Illustrative = table.Flag(row, "illustrative") ?? false,
                Notes = table.Text(row, "notes"),
                At = at,
            });
        }

        return views.ToImmutable();
    }

    /// <summary>"1; 2; CQS:0.4" → parts; a weight that is not a number is kept as NaN, which the validator refuses with its reason.</summary>
    private static IEnumerable<ViewPart> Parse(string text)
    {
        foreach (var item in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = item.LastIndexOf(':');
            if (colon < 0)
            {
                yield return new ViewPart(item);
                continue;
            }

            var weight = double.TryParse(item[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w : double.NaN;
            yield return new ViewPart(item[..colon].Trim(), weight);
        }
    }
}
