using System.Collections.Immutable;

namespace ChiSo.Engine.Lineage;

/// <summary>How a result is back-cast for a unit that did not exist in an earlier year.</summary>
public enum BackCastRule
{
    /// <summary>
    /// The plain mean of the predecessors' node values. The ministry's own rule for the 2024 DTI of the 34 provinces
    /// (new Đà Nẵng 0.7069 = mean of old Đà Nẵng 0.8335 and Quảng Nam 0.5803).
    /// </summary>
    Mean,

    /// <summary>The mean of the predecessors' node values weighted by their populations.</summary>
    PopulationWeighted,

    /// <summary>
    /// The predecessors' raw inputs are combined into one set of inputs (see <see cref="InputCombiner"/>) and scored
    /// with the framework's own rules.
    /// </summary>
    Recompute,
}

/// <summary>A unit that went, wholly or partly, into the unit being back-cast.</summary>
/// <param name="Code">The predecessor's code in the earlier year's data.</param>
/// <param name="Full">True when the whole predecessor went into the successor (false for a split).</param>
/// <param name="Population">Population, needed by <see cref="BackCastRule.PopulationWeighted"/>.</param>
public sealed record Predecessor(string Code, bool Full = true, double? Population = null);

/// <summary>A back-cast figure and how it was made.</summary>
/// <param name="UnitCode">The successor unit the figure is for.</param>
/// <param name="NodeCode">The framework node (criterion, index or total) the figure is for.</param>
/// <param name="Rule">The rule that made the figure.</param>
/// <param name="Predecessors">Codes of the predecessors used, in order.</param>
/// <param name="Weights">Weight of each predecessor, summing to 1 (for <see cref="BackCastRule.Recompute"/>: the
/// weights of averaged inputs).</param>
/// <param name="Value">The back-cast value (0–1); NaN when a predecessor's value is missing.</param>
/// <param name="Partial">True when some predecessor went only partly into the unit, so the figure is an estimate.</param>
public sealed record BackCastFigure(
    string UnitCode,
    string NodeCode,
    BackCastRule Rule,
    ImmutableArray<string> Predecessors,
    ImmutableArray<double> Weights,
    double Value,
    bool Partial);

/// <summary>Back-cast figures for every node of a framework, with the problems met.</summary>
/// <param name="UnitCode">The successor unit.</param>
/// <param name="Rule">The rule used for every figure.</param>
/// <param name="Figures">One figure per plan node, by plan index (index 0 is the total).</param>
/// <param name="Problems">Missing predecessors, populations or values.</param>
public sealed record BackCastSheet(
    string UnitCode,
    BackCastRule Rule,
    ImmutableArray<BackCastFigure> Figures,
    ImmutableArray<Problem> Problems);
