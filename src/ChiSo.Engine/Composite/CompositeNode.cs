namespace ChiSo.Engine.Composite;

/// <summary>What a row of the indicator table (COINr's iMeta <c>Type</c>) describes.</summary>
public enum NodeType
{
    /// <summary>A measured indicator: a data column.</summary>
    Indicator,

    /// <summary>A pillar, sub-index or index computed from its children.</summary>
    Aggregate,

    /// <summary>A column of group labels (e.g. GDP group) used for imputation or comparison groups.</summary>
    Group,

    /// <summary>A denominator column (e.g. population); read but not used by the pipeline.</summary>
    Denominator,
}

/// <summary>One node of the indicator tree, as in a row of COINr's iMeta table.</summary>
/// <param name="Code">Unique code (iCode); for indicators, the data column name.</param>
/// <param name="Name">Display name (iName).</param>
/// <param name="Level">1 for indicators, rising towards the index.</param>
/// <param name="Type">What the node is.</param>
/// <param name="Direction">1 when higher is better, −1 when lower is better.</param>
/// <param name="Weight">Weight relative to the node's siblings; must be positive.</param>
/// <param name="Parent">Code of the aggregate this node feeds, or null for a root.</param>
public sealed record CompositeNode(string Code, string Name, int Level, NodeType Type, int Direction, double Weight, string? Parent)
{
    /// <summary>The target used by distance-to-target normalisation (iMeta <c>Target</c>), if any.</summary>
    public double? Target { get; init; }
}
