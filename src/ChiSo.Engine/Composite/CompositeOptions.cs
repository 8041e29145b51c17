using System.Collections.Immutable;
using ChiSo.Engine.Ranking;

namespace ChiSo.Engine.Composite;

/// <summary>How missing indicator values are filled before normalisation.</summary>
public enum ImputationMethod
{
    /// <summary>Leave them missing.</summary>
    None,

    /// <summary>The mean of the indicator over units that have a value (COINr <c>i_mean</c>).</summary>
    ColumnMean,

    /// <summary>
    /// The mean over units of the same group (<see cref="CompositeOptions.ImputationGroup"/>), COINr <c>i_mean_grp</c>;
    /// the column mean when the whole group is missing or the unit has no group.
    /// </summary>
    GroupMean,
}

/// <summary>Outlier treatment applied to each indicator before normalisation.</summary>
public enum TreatmentMethod
{
    /// <summary>No treatment.</summary>
    None,

    /// <summary>COINr's default <c>Treat</c>: winsorise, and if that fails, log-transform the original values.</summary>
    WinsoriseThenLog,
}

/// <summary>How an indicator is brought onto a common scale. Direction −1 flips values first, as COINr multiplies by direction.</summary>
public enum NormalisationMethod
{
    /// <summary>Values used as they are (no flip): for data already on a common, oriented scale.</summary>
    None,

    /// <summary>(x − min)/(max − min) × (u − l) + l over non-missing values (COINr <c>n_minmax</c>); a constant indicator gives NaN.</summary>
    MinMax,

    /// <summary>(x − mean)/sd × S + M with the sample sd (COINr <c>n_zscore</c>); a constant indicator gives NaN.</summary>
    ZScore,

    /// <summary>Ascending rank with ties at the minimum, 1 = worst (COINr <c>n_rank</c>).</summary>
    Rank,

    /// <summary>(x − low)/(high − low), truncated to [0, 1], times a scale; flipped for direction −1 (COINr <c>n_goalposts</c>).</summary>
    Goalposts,

    /// <summary>(x − min)/(target − min), or (max − x)/(max − target) for direction −1 (COINr <c>n_dist2targ</c>).</summary>
    DistanceToTarget,
}

/// <summary>How an aggregate combines its children.</summary>
public enum AggregationMethod
{
    /// <summary>Σ wx / Σ w (COINr <c>a_amean</c>).</summary>
    ArithmeticMean,

    /// <summary>exp(Σ w ln x / Σ w) (COINr <c>a_gmean</c>); a unit with a child value ≤ 0 gets NaN and a warning.</summary>
    GeometricMean,

    /// <summary>Σ w / Σ (w/x) (COINr <c>a_hmean</c>); a unit with a child value of 0 gets NaN and a warning.</summary>
    HarmonicMean,
}

/// <summary>What an aggregate does with a missing child value.</summary>
public enum MissingPolicy
{
    /// <summary>Leave the child out and re-scale the weights over the children present (COINr's behaviour).</summary>
    SkipAndRescale,

    /// <summary>Count the missing child as 0 with its full weight. A unit with every child missing stays missing.</summary>
    CountAsZero,
}

/// <summary>Goalposts for one indicator, in its raw units.</summary>
/// <param name="Lower">The lower goalpost.</param>
/// <param name="Upper">The upper goalpost.</param>
public readonly record struct Goalposts(double Lower, double Upper);

/// <summary>Every choice of the composite pipeline. The defaults are COINr's: min-max [0, 100], arithmetic mean.</summary>
public sealed record CompositeOptions
{
    /// <summary>Missing-value imputation.</summary>
    public ImputationMethod Imputation { get; init; } = ImputationMethod.None;

    /// <summary>The group column used by <see cref="ImputationMethod.GroupMean"/>.</summary>
    public string? ImputationGroup { get; init; }

    /// <summary>Outlier treatment.</summary>
    public TreatmentMethod Treatment { get; init; } = TreatmentMethod.None;

    /// <summary>Most points winsorised per indicator (COINr <c>winmax</c>).</summary>
    public int WinsoriseMax { get; init; } = 5;

    /// <summary>An indicator passes when |skewness| is below this (COINr <c>skew_thresh</c>)…</summary>
    public double SkewThreshold { get; init; } = 2;

    /// <summary>…or its excess kurtosis is below this (COINr <c>kurt_thresh</c>).</summary>
    public double KurtosisThreshold { get; init; } = 3.5;

    /// <summary>Normalisation method.</summary>
    public NormalisationMethod Normalisation { get; init; } = NormalisationMethod.MinMax;

    /// <summary>Min-max lower bound l.</summary>
    public double MinMaxLower { get; init; }

    /// <summary>Min-max upper bound u.</summary>
    public double MinMaxUpper { get; init; } = 100;

    /// <summary>Z-score target mean M.</summary>
    public double ZScoreMean { get; init; }

    /// <summary>Z-score target standard deviation S.</summary>
    public double ZScoreSd { get; init; } = 1;

    /// <summary>Goalposts by indicator code, for <see cref="NormalisationMethod.Goalposts"/>.</summary>
    public ImmutableDictionary<string, Goalposts> Goalposts { get; init; } = ImmutableDictionary<string, Goalposts>.Empty;

    /// <summary>Goalposts scale (COINr's third goalpost parameter).</summary>
    public double GoalpostScale { get; init; } = 100;

    /// <summary>Cap distance-to-target scores at 1.</summary>
    public bool CapAtTarget { get; init; }

    /// <summary>Aggregation method.</summary>
    public AggregationMethod Aggregation { get; init; } = AggregationMethod.ArithmeticMean;

    /// <summary>Missing children policy.</summary>
    public MissingPolicy Missing { get; init; } = MissingPolicy.SkipAndRescale;

    /// <summary>
    /// Rank indicators too (aggregates are always ranked). Off by default: it costs one sort per indicator,
    /// about 4× the rest of the pipeline for 300 indicators.
    /// </summary>
    public bool RankIndicators { get; init; }

    /// <summary>Rank within the groups of this group column instead of overall; null = overall.</summary>
    public string? RankGroup { get; init; }

    /// <summary>Rounding and exclusions for ranks.</summary>
    public RankingOptions Ranking { get; init; } = RankingOptions.Default;
}
