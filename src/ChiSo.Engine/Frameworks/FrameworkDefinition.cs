using System.Collections.Immutable;
using ChiSo.Engine.Ranking;

namespace ChiSo.Engine.Frameworks;

/// <summary>
/// One edition of an index framework (bộ chỉ số), as read from its YAML file. Positions are kept so that
/// validation can point at the line of the file.
/// </summary>
public sealed record FrameworkDefinition
{
    /// <summary>Stable identifier shared by all editions, e.g. <c>dti-tinh</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The edition, usually the assessment year.</summary>
    public required int Edition { get; init; }

    /// <summary>Vietnamese title.</summary>
    public required string Title { get; init; }

    /// <summary>English title, optional.</summary>
    public string? TitleEn { get; init; }

    /// <summary>The decision that issued the framework.</summary>
    public LegalBasis? LegalBasis { get; init; }

    /// <summary>The level of the assessed units (province, ministry, department, district, commune).</summary>
    public string? UnitLevel { get; init; }

    /// <summary>True when some components or criteria are written by ChiSo, not taken from the official appendix.</summary>
    public bool Illustrative { get; init; }

    /// <summary>Free notes, e.g. where the official list is and what was inferred.</summary>
    public string? Notes { get; init; }

    /// <summary>Comparison groups units may belong to; ranks are computed within each group.</summary>
    public ImmutableArray<ComparisonGroup> Groups { get; init; } = [];

    /// <summary>How results are shown.</summary>
    public DisplayOptions Display { get; init; } = new();

    /// <summary>How ranks are computed.</summary>
    public RankingOptions Ranking { get; init; } = new();

    /// <summary>Points (Vietnamese practice) or composite (normalise and aggregate).</summary>
    public AggregationFamily Aggregation { get; init; } = AggregationFamily.Points;

    /// <summary>The roots of the tree (main indices or groups).</summary>
    public ImmutableArray<FrameworkNode> Tree { get; init; } = [];

    /// <summary>Named combinations of nodes computed after the tree and ranked like nodes (e.g. the DTI pillars).</summary>
    public ImmutableArray<FrameworkView> Views { get; init; } = [];

    /// <summary>Where the document starts.</summary>
    public SourceSpan At { get; init; }
}

/// <summary>The legal act that issued a framework.</summary>
/// <param name="Number">Số hiệu, e.g. <c>922/QĐ-BTTTT</c>.</param>
/// <param name="Date">Ngày ban hành.</param>
public sealed record LegalBasis(string Number, DateOnly? Date);

/// <summary>A comparison group (e.g. ministries with public services).</summary>
/// <param name="Code">Identifier used in data tables.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="Ranked">False for units that are assessed but not ranked.</param>
public sealed record ComparisonGroup(string Code, string Name, bool Ranked = true)
{
    /// <summary>Where the group is declared.</summary>
    public SourceSpan At { get; init; }
}

/// <summary>How a framework's results are displayed.</summary>
public sealed record DisplayOptions
{
    /// <summary>Points of the whole framework (e.g. 1,000), or null when the total is the sum of the roots.</summary>
    public double? Total { get; init; }

    /// <summary>Show points or index values (0–1).</summary>
    public DisplayAs As { get; init; } = DisplayAs.Value;

    /// <summary>Decimals shown.</summary>
    public int Decimals { get; init; } = 4;

    /// <summary>Where the <c>display</c> mapping is in the file.</summary>
    public SourceSpan At { get; init; }
}

/// <summary>What a result is shown as.</summary>
public enum DisplayAs
{
    /// <summary>Index value, points ÷ max points (0–1).</summary>
    Value,

    /// <summary>Points.</summary>
    Points,
}

/// <summary>The two families of aggregation one engine supports.</summary>
public enum AggregationFamily
{
    /// <summary>Criteria yield points in [0, max]; parents sum.</summary>
    Points,

    /// <summary>Indicators are normalised across units and aggregated with weights.</summary>
    Composite,
}
