using System.Collections.Immutable;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// The values a set of units entered for a framework: per criterion input, one column of values across units
/// (NaN = missing), and optionally points given directly for any node (which then replace what its children
/// or its rule would give, e.g. published main-index results).
/// </summary>
public sealed class PointsDataset
{
    private readonly double[]?[][] _inputs;
    private readonly double[]?[] _given;

    /// <summary>Creates an empty dataset for <paramref name="plan"/> and the given units.</summary>
    /// <param name="plan">The plan the columns refer to.</param>
    /// <param name="unitCodes">Unit codes, unique.</param>
    /// <param name="unitNames">Unit names, aligned with the codes.</param>
    /// <param name="groups">Comparison group of each unit (null = none), or default for no groups.</param>
    public PointsDataset(ScoringPlan plan, ImmutableArray<string> unitCodes, ImmutableArray<string> unitNames, ImmutableArray<string?> groups = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (unitNames.Length != unitCodes.Length || (!groups.IsDefault && groups.Length != unitCodes.Length))
        {
            throw new ArgumentException("Unit codes, names and groups must have the same length.", nameof(unitNames));
        }

        Plan = plan;
        UnitCodes = unitCodes;
        UnitNames = unitNames;
        Groups = groups.IsDefault ? [.. Enumerable.Repeat<string?>(null, unitCodes.Length)] : groups;
        _inputs = [.. plan.Nodes.Select(n => new double[]?[n.Inputs.Length])];
        _given = new double[]?[plan.Nodes.Length];
    }

    /// <summary>The plan the columns refer to.</summary>
    public ScoringPlan Plan { get; }

    /// <summary>Unit codes.</summary>
    public ImmutableArray<string> UnitCodes { get; }

    /// <summary>Unit names.</summary>
    public ImmutableArray<string> UnitNames { get; }

    /// <summary>Comparison group of each unit, null when none.</summary>
    public ImmutableArray<string?> Groups { get; }

    /// <summary>Number of units.</summary>
    public int UnitCount => UnitCodes.Length;

    /// <summary>Sets the values of input <paramref name="input"/> of criterion <paramref name="node"/> for all units.</summary>
    public void SetInput(int node, int input, double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckLength(values);
        _inputs[node][input] = values;
    }

    /// <summary>Sets points given directly for node <paramref name="node"/> (NaN = not given for that unit).</summary>
    public void SetGivenPoints(int node, double[] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        CheckLength(points);
        _given[node] = points;
    }

    /// <summary>The value of an input for a unit; NaN when missing.</summary>
    public double Input(int node, int input, int unit) => _inputs[node][input] is { } column ? column[unit] : double.NaN;

    /// <summary>Points given directly for a node and unit; NaN when not given.</summary>
    public double GivenPoints(int node, int unit) => _given[node] is { } column ? column[unit] : double.NaN;

    /// <summary>True when some points were given directly for the node.</summary>
    public bool HasGivenPoints(int node) => _given[node] is not null;

    private void CheckLength(double[] values)
    {
        if (values.Length != UnitCount)
        {
            throw new ArgumentException($"Expected {UnitCount} values, got {values.Length}.", nameof(values));
        }
    }
}
