using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Yaml;

/// <summary>The keys and words of the framework file format, in the order the writer emits them.</summary>
internal static class FrameworkKeys
{
    public static readonly string[] Root =
        ["id", "edition", "title", "title_en", "legal_basis", "unit_level", "illustrative", "notes", "groups", "display", "ranking", "aggregation", "tree", "views"];

    public static readonly string[] LegalBasis = ["number", "date"];

    public static readonly string[] View = ["code", "name", "name_en", "rule", "of", "illustrative", "notes"];

    public static readonly string[] ViewPart = ["code", "weight"];

    public static readonly Dictionary<string, ViewRule> ViewRules = new(StringComparer.Ordinal)
    {
        ["sum"] = ViewRule.Sum,
        ["weighted"] = ViewRule.Weighted,
    };

    public static readonly string[] Group = ["code", "name", "ranked"];

    public static readonly string[] Display = ["total", "as", "decimals"];

    public static readonly string[] Ranking = ["round"];

    public static readonly string[] Node =
        ["code", "name", "name_en", "max", "cap", "scored", "weight", "direction", "description", "lead", "source", "inputs", "score", "checks", "evidence", "children"];

    public static readonly string[] Input = ["id", "type", "label", "min", "max", "within", "unit", "options"];

    public static readonly string[] Check = ["rule", "message", "message_en", "severity"];

    public static readonly string[] Within = ["period", "from", "to"];

    /// <summary>The one word <c>within</c> takes on its own: the campaign's period.</summary>
    public const string Period = "period";

    public static readonly Dictionary<string, CheckSeverity> Severities = new(StringComparer.Ordinal)
    {
        ["error"] = CheckSeverity.Error,
        ["warning"] = CheckSeverity.Warning,
    };

    public static readonly string[] Evidence = ["required", "note"];

    public static readonly Dictionary<string, AggregationFamily> Aggregations = new(StringComparer.Ordinal)
    {
        ["points"] = AggregationFamily.Points,
        ["composite"] = AggregationFamily.Composite,
    };

    public static readonly Dictionary<string, DisplayAs> DisplayAs = new(StringComparer.Ordinal)
    {
        ["value"] = Engine.Frameworks.DisplayAs.Value,
        ["points"] = Engine.Frameworks.DisplayAs.Points,
    };

    public static readonly Dictionary<string, InputSource> Sources = new(StringComparer.Ordinal)
    {
        ["self_report"] = InputSource.SelfReport,
        ["platform"] = InputSource.Platform,
        ["survey"] = InputSource.Survey,
        ["reviewer"] = InputSource.Reviewer,
    };

    public static readonly Dictionary<string, InputType> InputTypes = new(StringComparer.Ordinal)
    {
        ["number"] = InputType.Number,
        ["percentage"] = InputType.Percentage,
        ["integer"] = InputType.Integer,
        ["yes_no"] = InputType.YesNo,
        ["choice"] = InputType.Choice,
        ["date"] = InputType.Date,
        ["document"] = InputType.Document,
        ["file"] = InputType.File,
    };

    /// <summary>The word for <paramref name="value"/> in <paramref name="words"/>.</summary>
    public static string WordOf<T>(Dictionary<string, T> words, T value)
        where T : struct, Enum => words.First(w => w.Value.Equals(value)).Key;
}
