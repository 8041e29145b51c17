using System.Collections.Immutable;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// Why a unit has the points it has at a node: what it earned, what it lost against the maximum, its share of
/// the parent, and, down at the criteria, the inputs and the rule that turned them into points.
/// </summary>
/// <param name="Code">Node code.</param>
/// <param name="Name">Node name.</param>
/// <param name="Points">Points earned.</param>
/// <param name="MaxPoints">Maximum points.</param>
/// <param name="Value">Points ÷ max (0–1).</param>
/// <param name="Rank">Rank among units at this node; 0 when unranked.</param>
/// <param name="ShareOfParent">This node's points ÷ the parent's points (NaN when the parent has none).</param>
/// <param name="Given">True when the points were given directly in the data rather than computed.</param>
/// <param name="Incomplete">True when an input under this node was missing and counted as zero.</param>
/// <param name="Formula">The criterion's scoring rule, if any.</param>
/// <param name="RawResult">The rule's result before clamping to [0, max]; NaN when missing or not a criterion.</param>
/// <param name="Inputs">The criterion's inputs and their values.</param>
/// <param name="Children">Explanations of the children (down to the requested depth).</param>
public sealed record Explanation(
    string Code,
    string Name,
    double Points,
    double MaxPoints,
    double Value,
    int Rank,
    double ShareOfParent,
    bool Given,
    bool Incomplete,
    string? Formula,
    double RawResult,
    ImmutableArray<InputExplanation> Inputs,
    ImmutableArray<Explanation> Children)
{
    /// <summary>Points lost against the maximum.</summary>
    public double Lost => Math.Max(0, MaxPoints - Points);
}

/// <summary>An input of a criterion with the unit's value.</summary>
/// <param name="Id">Input id.</param>
/// <param name="Label">Label shown to users.</param>
/// <param name="Type">Kind of value.</param>
/// <param name="Value">The value as carried by the engine (NaN = missing).</param>
/// <param name="Option">For a choice input, the chosen option's key.</param>
public sealed record InputExplanation(string Id, string? Label, InputType Type, double Value, string? Option);

/// <summary>Builds <see cref="Explanation"/>s from a <see cref="ScoreSheet"/>.</summary>
public static class Explainer
{
    /// <summary>Explains node <paramref name="node"/> for unit <paramref name="unit"/>, down <paramref name="depth"/> levels.</summary>
    public static Explanation Explain(ScoreSheet sheet, int unit, int node, int depth = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var planNode = sheet.Plan.Nodes[node];
        var parentPoints = planNode.Parent >= 0 ? sheet.Points(planNode.Parent, unit) : double.NaN;
        var points = sheet.Points(node, unit);
        var given = sheet.Data.HasGivenPoints(node) && !double.IsNaN(sheet.Data.GivenPoints(node, unit));
        var children = depth <= 0
            ? []
            : planNode.Children.Select(c => Explain(sheet, unit, c, depth - 1)).ToImmutableArray();
        var inputs = planNode.Inputs.Select((input, k) => Describe(input, sheet.Data.Input(node, k, unit))).ToImmutableArray();

        return new Explanation(
            planNode.Code,
            planNode.Name,
            points,
            planNode.MaxPoints,
            sheet.Value(node, unit),
            sheet.Rank(node, unit),
            parentPoints > 0 ? points / parentPoints : double.NaN,
            given,
            sheet.Incomplete(node, unit),
            planNode.Definition?.Score,
            sheet.RawResult(node, unit),
            inputs,
            children);
    }

    private static InputExplanation Describe(InputDefinition input, double value)
    {
        string? option = null;
        if (input.Type == InputType.Choice && !double.IsNaN(value))
        {
            var k = (int)value;
            option = k >= 0 && k < input.Options.Length ? input.Options[k].Key : null;
        }

        return new InputExplanation(input.Id, input.Label, input.Type, value, option);
    }
}
