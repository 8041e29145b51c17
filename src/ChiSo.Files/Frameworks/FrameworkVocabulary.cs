using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Frameworks;

/// <summary>The words a workbook uses for enum values: the same snake_case words as the YAML framework files.</summary>
internal static class FrameworkVocabulary
{
    public static string Name(InputType type) => type switch
    {
        InputType.Number => "number",
        InputType.Percentage => "percentage",
        InputType.Integer => "integer",
        InputType.YesNo => "yes_no",
        InputType.Choice => "choice",
        InputType.Date => "date",
        InputType.Document => "document",
        InputType.File => "file",
    };

    public static string Name(InputSource source) => source switch
    {
        InputSource.SelfReport => "self_report",
        InputSource.Platform => "platform",
        InputSource.Survey => "survey",
        InputSource.Reviewer => "reviewer",
    };

    public static string Name(DisplayAs displayAs) => displayAs switch
    {
        DisplayAs.Value => "value",
        DisplayAs.Points => "points",
    };

    public static string Name(AggregationFamily family) => family switch
    {
        AggregationFamily.Points => "points",
        AggregationFamily.Composite => "composite",
    };

    public static string Name(CheckSeverity severity) => severity switch
    {
        CheckSeverity.Error => "error",
        CheckSeverity.Warning => "warning",
    };

    public static string Name(ViewRule rule) => rule switch
    {
        ViewRule.Sum => "sum",
        ViewRule.Weighted => "weighted",
    };

    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(NameOf(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Choices<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(NameOf));

    private static string NameOf<T>(T value)
        where T : struct, Enum => value switch
        {
            InputType t => Name(t),
            InputSource s => Name(s),
            DisplayAs d => Name(d),
            AggregationFamily a => Name(a),
            CheckSeverity c => Name(c),
            ViewRule r => Name(r),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, "No workbook word for this enum."),
        };
}
