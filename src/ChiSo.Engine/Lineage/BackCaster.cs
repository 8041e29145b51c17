using System.Collections.Immutable;
using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Lineage;

/// <summary>
/// Back-casts results for a unit that did not exist in an earlier year (e.g. a province formed on 1 July 2025) from
/// its predecessors' results or inputs, by a chosen rule that every figure records.
/// </summary>
public static class BackCaster
{
    /// <summary>
    /// Combines the predecessors' values of one node by <see cref="BackCastRule.Mean"/> or
    /// <see cref="BackCastRule.PopulationWeighted"/>. A missing value makes the figure NaN (with a warning); a missing
    /// population makes a weighted figure NaN (with an error).
    /// </summary>
    /// <param name="rule">Mean or PopulationWeighted; Recompute needs inputs, see <see cref="Recompute"/>.</param>
    /// <param name="unitCode">The successor unit.</param>
    /// <param name="nodeCode">The node the values belong to.</param>
    /// <param name="predecessors">The predecessors.</param>
    /// <param name="values">One value per predecessor, in the same order.</param>
    public static (BackCastFigure Figure, ImmutableArray<Problem> Problems) Combine(
        BackCastRule rule, string unitCode, string nodeCode, IReadOnlyList<Predecessor> predecessors, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(predecessors);
        ArgumentNullException.ThrowIfNull(values);
        if (rule == BackCastRule.Recompute)
        {
            throw new ArgumentException("Recompute combines inputs, not values: call Recompute.", nameof(rule));
        }

        if (values.Count != predecessors.Count)
        {
            throw new ArgumentException("One value per predecessor is needed.", nameof(values));
        }

        var problems = ImmutableArray.CreateBuilder<Problem>();
        var weights = Weights(rule, unitCode, predecessors, problems);
        var value = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            value += weights[i] * values[i];
        }

        if (values.Any(double.IsNaN) && predecessors.Count > 0)
        {
            problems.Add(LineageProblems.MissingValue(unitCode, nodeCode));
        }

        return (Figure(unitCode, nodeCode, rule, predecessors, weights, predecessors.Count == 0 ? double.NaN : value), problems.ToImmutable());
    }

    /// <summary>
    /// Back-casts every node of <paramref name="earlier"/>'s framework for <paramref name="unitCode"/>: Mean and
    /// PopulationWeighted combine the predecessors' node values; Recompute combines their inputs and scores again.
    /// </summary>
    public static BackCastSheet FromSheet(ScoreSheet earlier, BackCastRule rule, string unitCode, IReadOnlyList<Predecessor> predecessors)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(predecessors);
        if (rule == BackCastRule.Recompute)
        {
            return Recompute(earlier.Data, unitCode, predecessors);
        }

        var problems = ImmutableArray.CreateBuilder<Problem>();
        var rows = RowsOf(earlier.Data, unitCode, predecessors, problems);
        var figures = ImmutableArray.CreateBuilder<BackCastFigure>(earlier.Plan.Nodes.Length);
        foreach (var node in earlier.Plan.Nodes)
        {
            var values = rows.Select(r => r < 0 ? double.NaN : earlier.Value(node.Index, r)).ToArray();
            var (figure, nodeProblems) = Combine(rule, unitCode, node.Code, predecessors, values);
            figures.Add(figure);
            // The total's problems stand for all nodes: repeating them per criterion would drown them.
            if (node.Index == 0)
            {
                problems.AddRange(nodeProblems);
            }
        }

        return new BackCastSheet(unitCode, rule, figures.MoveToImmutable(), problems.ToImmutable());
    }

    /// <summary>
    /// Combines the predecessors' raw inputs in <paramref name="earlier"/> with <see cref="InputCombiner"/>
    /// (numbers weighted by population when every predecessor has one, equally otherwise, with a warning) and scores
    /// the combined unit with the framework's rules. Points given directly for a node are combined like numbers.
    /// </summary>
    public static BackCastSheet Recompute(PointsDataset earlier, string unitCode, IReadOnlyList<Predecessor> predecessors)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(predecessors);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var rows = RowsOf(earlier, unitCode, predecessors, problems);
        var weightRule = predecessors.All(p => p.Population > 0) ? BackCastRule.PopulationWeighted : BackCastRule.Mean;
        if (weightRule == BackCastRule.Mean && predecessors.Count > 1)
        {
            problems.Add(LineageProblems.EqualWeights(unitCode));
        }

        var weights = Weights(weightRule, unitCode, predecessors, problems);
        var combined = RecomputedData.Build(earlier, unitCode, rows, weights);
        var sheet = PointsScorer.Score(combined);
        var figures = earlier.Plan.Nodes
            .Select(n => Figure(unitCode, n.Code, BackCastRule.Recompute, predecessors, weights, sheet.Value(n.Index, 0)))
            .ToImmutableArray();
        return new BackCastSheet(unitCode, BackCastRule.Recompute, figures, problems.ToImmutable());
    }

    private static int[] RowsOf(PointsDataset data, string unitCode, IReadOnlyList<Predecessor> predecessors, ImmutableArray<Problem>.Builder problems)
    {
        if (predecessors.Count == 0)
        {
            problems.Add(LineageProblems.NoPredecessors(unitCode));
        }

        var rows = new int[predecessors.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = data.UnitCodes.IndexOf(predecessors[i].Code, StringComparer.Ordinal);
            if (rows[i] < 0)
            {
                problems.Add(LineageProblems.UnknownPredecessor(unitCode, predecessors[i].Code));
            }
        }

        return rows;
    }

    private static double[] Weights(BackCastRule rule, string unitCode, IReadOnlyList<Predecessor> predecessors, ImmutableArray<Problem>.Builder problems)
    {
        var n = predecessors.Count;
        if (rule == BackCastRule.Mean)
        {
            return [.. predecessors.Select(_ => 1.0 / n)];
        }

        var missing = predecessors.Where(p => p.Population is not > 0).ToList();
        foreach (var p in missing)
        {
            problems.Add(LineageProblems.MissingPopulation(unitCode, p.Code));
        }

        var total = predecessors.Sum(p => p.Population ?? 0);
        return missing.Count > 0 ? [.. predecessors.Select(_ => double.NaN)] : [.. predecessors.Select(p => p.Population!.Value / total)];
    }

    private static BackCastFigure Figure(
        string unitCode, string nodeCode, BackCastRule rule, IReadOnlyList<Predecessor> predecessors, double[] weights, double value) =>
        new(unitCode, nodeCode, rule, [.. predecessors.Select(p => p.Code)], [.. weights], value, predecessors.Any(p => !p.Full));
}
