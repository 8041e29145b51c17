using System.Collections.Immutable;

namespace ChiSo.Engine.Frameworks;

/// <summary>
/// A node of a framework tree: a group, main index, component index, or, when it has no children, a criterion
/// with inputs and a scoring rule.
/// </summary>
public sealed record FrameworkNode
{
    /// <summary>Code unique in the framework, with the framework's own numbering (e.g. <c>1.2</c>).</summary>
    public required string Code { get; init; }

    /// <summary>Vietnamese name.</summary>
    public required string Name { get; init; }

    /// <summary>English name, optional.</summary>
    public string? NameEn { get; init; }

    /// <summary>Maximum points. For a parent, null means the sum of its children's.</summary>
    public double? MaxPoints { get; init; }

    /// <summary>
    /// When true the children's maxima may add up to more than this node's maximum and the node's points are
    /// capped at it (lists such as "any 5 of 11 items, 20 points each"). Otherwise they must add up to it exactly.
    /// </summary>
    public bool Cap { get; init; }

    /// <summary>False for nodes that are assessed but not scored (QĐ 922: Đô thị thông minh, "không tính điểm").</summary>
    public bool Scored { get; init; } = true;

    /// <summary>Weight in a composite aggregation; 1 by default.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>+1 when higher is better, −1 when lower is better (composite only).</summary>
    public int Direction { get; init; } = 1;

    /// <summary>Question or description shown to the reporting unit.</summary>
    public string? Description { get; init; }

    /// <summary>The lead agency (cơ quan chủ trì).</summary>
    public string? Lead { get; init; }

    /// <summary>Where the inputs come from.</summary>
    public InputSource Source { get; init; } = InputSource.SelfReport;

    /// <summary>The inputs a criterion asks for.</summary>
    public ImmutableArray<InputDefinition> Inputs { get; init; } = [];

    /// <summary>The scoring rule in the formula language; null for parents (and for composite indicators).</summary>
    public string? Score { get; init; }

    /// <summary>Where the first character of <see cref="Score"/> is in the file.</summary>
    public SourceSpan ScoreAt { get; init; }

    /// <summary>What evidence is required.</summary>
    public EvidenceRule? Evidence { get; init; }

    /// <summary>Conditions the criterion's values must meet together (a part cannot exceed its whole).</summary>
    public ImmutableArray<InputCheck> Checks { get; init; } = [];

    /// <summary>Child nodes; empty for a criterion.</summary>
    public ImmutableArray<FrameworkNode> Children { get; init; } = [];

    /// <summary>Where the node starts in the file.</summary>
    public SourceSpan At { get; init; }

    /// <summary>True when the node has no children.</summary>
    public bool IsLeaf => Children.IsDefaultOrEmpty;
}

/// <summary>Where a criterion's inputs come from.</summary>
public enum InputSource
{
    /// <summary>Reported by the assessed unit.</summary>
    SelfReport,

    /// <summary>Measured automatically from a national platform.</summary>
    Platform,

    /// <summary>From a survey of citizens, businesses or officials.</summary>
    Survey,

    /// <summary>Set by the reviewers (appraisal council).</summary>
    Reviewer,
}

/// <summary>An input a criterion asks for.</summary>
public sealed record InputDefinition
{
    /// <summary>Identifier used in the scoring rule; unique within the criterion.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of value.</summary>
    public required InputType Type { get; init; }

    /// <summary>Label shown on the form.</summary>
    public string? Label { get; init; }

    /// <summary>Lowest allowed value (numbers, percentages, integers).</summary>
    public double? Min { get; init; }

    /// <summary>Highest allowed value (numbers, percentages, integers).</summary>
    public double? Max { get; init; }

    /// <summary>Unit of measure, e.g. "người", "%".</summary>
    public string? Unit { get; init; }

    /// <summary>The options of a choice input, in order; the value of a choice is the index of its option.</summary>
    public ImmutableArray<ChoiceOption> Options { get; init; } = [];

    /// <summary>The days a date (or a document's date issued) must fall within; null for any day.</summary>
    public DateWindow? Within { get; init; }

    /// <summary>Where the input is declared.</summary>
    public SourceSpan At { get; init; }
}

/// <summary>An option of a choice input.</summary>
/// <param name="Key">Identifier used in formulas (e.g. <c>chu_tich</c>).</param>
/// <param name="Label">Text shown to the user.</param>
public sealed record ChoiceOption(string Key, string Label);

/// <summary>The kinds of input. Every value is carried as a <see cref="double"/>; NaN means missing.</summary>
public enum InputType
{
    /// <summary>Any number.</summary>
    Number,

    /// <summary>A percentage 0–100, used in formulas as entered (50 means 50 %).</summary>
    Percentage,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>Yes (1) or no (0).</summary>
    YesNo,

    /// <summary>One of the declared options; the value is the option's index.</summary>
    Choice,

    /// <summary>A date; the value is <see cref="DateOnly.DayNumber"/>.</summary>
    Date,

    /// <summary>A document citation (số hiệu, ngày, trích yếu, người ký); 1 when given, 0 when not.</summary>
    Document,

    /// <summary>An uploaded file; 1 when given, 0 when not.</summary>
    File,
}

/// <summary>What evidence a criterion requires.</summary>
/// <param name="Required">True when the criterion scores nothing without evidence.</param>
/// <param name="Note">What the evidence should show.</param>
public sealed record EvidenceRule(bool Required, string? Note);
