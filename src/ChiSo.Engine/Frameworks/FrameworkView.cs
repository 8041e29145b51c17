using System.Collections.Immutable;

namespace ChiSo.Engine.Frameworks;

/// <summary>
/// A view (góc nhìn): a named combination of nodes the edition declares beside its tree, computed after the tree
/// and ranked like a node, e.g. the DTI's three pillars (Chính quyền số, Kinh tế số, Xã hội số), which the ministry
/// publishes with ranks but whose rule is only partly stated (ADR 0025).
/// </summary>
public sealed record FrameworkView
{
    /// <summary>The most views an edition may declare.</summary>
    public const int MaxCount = 50;

    /// <summary>The most parts one view may combine.</summary>
    public const int MaxParts = 200;

    /// <summary>Code unique among the edition's nodes and views.</summary>
    public required string Code { get; init; }

    /// <summary>Vietnamese name.</summary>
    public required string Name { get; init; }

    /// <summary>English name, optional.</summary>
    public string? NameEn { get; init; }

    /// <summary>How the parts combine.</summary>
    public ViewRule Rule { get; init; } = ViewRule.Sum;

    /// <summary>The nodes (or views declared above this one) combined, each with its weight.</summary>
    public ImmutableArray<ViewPart> Of { get; init; } = [];

    /// <summary>True when the rule is ChiSo's reading of the sources, not a stated one.</summary>
    public bool Illustrative { get; init; }

    /// <summary>Where the rule comes from, in plain words.</summary>
    public string? Notes { get; init; }

    /// <summary>Where the view is declared.</summary>
    public SourceSpan At { get; init; }
}

/// <summary>One part of a <see cref="FrameworkView"/>.</summary>
/// <param name="Code">A node's code, or the code of a view declared above.</param>
/// <param name="Weight">A finite positive weight; 1 by default.</param>
public sealed record ViewPart(string Code, double Weight = 1)
{
    /// <summary>Where the part is written.</summary>
    public SourceSpan At { get; init; }
}

/// <summary>How a view combines its parts (w = weight, p = points, m = max points, v = value = p ÷ m).</summary>
public enum ViewRule
{
    /// <summary>
    /// Points: points = Σ w·p, max = Σ w·m, value = points ÷ max. With weights 1, the QĐ 922 pillar reading
    /// (H1): (points of the foundation indices + the pillar's activity index) ÷ (500 + that index's max).
    /// </summary>
    Sum,

    /// <summary>
    /// Values: value = Σ w·v ÷ Σ w (with weights adding up to 1, the weighted sum itself, e.g. DTI 2020 =
    /// 0,4·CQS + 0,3·KTS + 0,3·XHS); max = Σ w·m ÷ Σ w and points = value × max.
    /// </summary>
    Weighted,
}
