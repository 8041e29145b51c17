using System.Collections.Immutable;

namespace ChiSo.Engine.Composite;

/// <summary>
/// One indicator of one unit, step by step: the raw value, after imputation, after outlier treatment, turned by
/// its direction, and normalised. A step that does nothing leaves the value as it was.
/// </summary>
/// <param name="Raw">The value in the data (NaN = missing).</param>
/// <param name="Imputed">After imputation.</param>
/// <param name="WasImputed">True when imputation filled a missing value.</param>
/// <param name="Treated">After outlier treatment (the column's treatment applies to every unit).</param>
/// <param name="Winsorised">Points the treatment winsorised in this column (0 when none or no treatment).</param>
/// <param name="LogTransformed">True when the treatment log-transformed this column.</param>
/// <param name="Direction">1 or −1.</param>
/// <param name="Oriented">The treated value times the direction: what the normalisation formula receives.</param>
/// <param name="Method">The normalisation.</param>
/// <param name="ParameterA">Min-max: the column's minimum; z-score: its mean; otherwise NaN.</param>
/// <param name="ParameterB">Min-max: the column's maximum; z-score: its sample standard deviation; otherwise NaN.</param>
/// <param name="Normalised">The normalised score, as the pipeline computed it.</param>
public sealed record IndicatorTrace(
    double Raw, double Imputed, bool WasImputed, double Treated, int Winsorised, bool LogTransformed, int Direction,
    double Oriented, NormalisationMethod Method, double ParameterA, double ParameterB, double Normalised);

/// <summary>
/// A node of one unit's explanation. An aggregate's score is made of its children's contributions: with the
/// arithmetic mean, Score = Σ Contribution, each child's contribution being WeightUsed × its score, where WeightUsed is
/// the child's weight divided by the sum of the weights of the children present (COINr's re-weighting for missing
/// values). With the geometric mean, Contribution = score^WeightUsed and Score = Π Contribution; with the harmonic
/// mean, Contribution = WeightUsed / score and Score = 1 / Σ Contribution.
/// </summary>
/// <param name="Code">Node code.</param>
/// <param name="Name">Node name.</param>
/// <param name="Type">Indicator or aggregate.</param>
/// <param name="Score">The unit's score (NaN = missing).</param>
/// <param name="Rank">The unit's rank (0 = not ranked).</param>
/// <param name="Weight">Weight in its parent, as given; NaN for the node explained.</param>
/// <param name="WeightUsed">Weight after re-weighting over the children present; 0 when this node is missing; NaN for the node explained.</param>
/// <param name="Contribution">What it adds to its parent (see above); NaN when missing or for the node explained.</param>
/// <param name="Trace">For an indicator, its steps; null for an aggregate.</param>
/// <param name="Aggregation">For an aggregate, how it combines its children; null for an indicator.</param>
/// <param name="Children">The children explained, while the depth allows.</param>
public sealed record CompositeExplanation(
    string Code, string Name, NodeType Type, double Score, int Rank, double Weight, double WeightUsed, double Contribution,
    IndicatorTrace? Trace, AggregationMethod? Aggregation, ImmutableArray<CompositeExplanation> Children);
