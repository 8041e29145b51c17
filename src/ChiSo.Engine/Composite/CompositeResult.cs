using System.Collections.Immutable;

namespace ChiSo.Engine.Composite;

/// <summary>
/// Scores and ranks for every node of a <see cref="CompositeModel"/>, in the order of <see cref="CompositeModel.Nodes"/>.
/// Indicator scores are the treated and normalised values; aggregate scores are the aggregated values.
/// </summary>
/// <param name="UnitCodes">Unit codes, in unit order.</param>
/// <param name="NodeCodes">Node codes, in model order.</param>
/// <param name="Scores">Per node, one score per unit; NaN = missing.</param>
/// <param name="Ranks">Per node, one rank per unit (0 = not ranked); empty arrays for indicators when they are not ranked.</param>
/// <param name="Treatments">What outlier treatment did, per indicator (empty when treatment is off).</param>
/// <param name="Problems">Problems found while computing (missing columns, constant indicators, …).</param>
public sealed record CompositeResult(
    ImmutableArray<string> UnitCodes,
    ImmutableArray<string> NodeCodes,
    ImmutableArray<double[]> Scores,
    ImmutableArray<int[]> Ranks,
    ImmutableArray<TreatmentRecord> Treatments,
    ImmutableArray<Problem> Problems)
{
    /// <summary>The scores of node <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such node.</exception>
    public double[] ScoresOf(string code) => Scores[Find(code)];

    /// <summary>The ranks of node <paramref name="code"/> (0 = not ranked).</summary>
    /// <exception cref="KeyNotFoundException">No such node.</exception>
    public int[] RanksOf(string code) => Ranks[Find(code)];

    private int Find(string code)
    {
        var i = NodeCodes.IndexOf(code, StringComparer.Ordinal);
        return i >= 0 ? i : throw new KeyNotFoundException($"No node '{code}'.");
    }
}
