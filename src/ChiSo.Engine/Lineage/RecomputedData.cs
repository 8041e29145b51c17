using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Lineage;

/// <summary>Builds the one-unit dataset of a merged unit from its predecessors' rows.</summary>
internal static class RecomputedData
{
    public static PointsDataset Build(PointsDataset earlier, string unitCode, int[] rows, double[] weights)
    {
        var plan = earlier.Plan;
        var data = new PointsDataset(plan, [unitCode], [unitCode]);
        var known = rows.All(r => r >= 0);
        foreach (var node in plan.Nodes)
        {
            SetInputs(node, earlier, data, rows, weights, known);
            if (earlier.HasGivenPoints(node.Index))
            {
                var given = known ? Column(rows, r => earlier.GivenPoints(node.Index, r)) : [double.NaN];
                data.SetGivenPoints(node.Index, [InputCombiner.Combine(InputType.Number, given, weights)]);
            }
        }

        return data;
    }

    private static void SetInputs(PlanNode node, PointsDataset earlier, PointsDataset data, int[] rows, double[] weights, bool known)
    {
        var inputs = node.Inputs;
        var combined = new double[inputs.Length];
        var columns = new double[inputs.Length][];
        for (var k = 0; k < inputs.Length; k++)
        {
            columns[k] = known ? Column(rows, r => earlier.Input(node.Index, k, r)) : [double.NaN];
            combined[k] = InputCombiner.Combine(inputs[k].Type, columns[k], weights);
        }

        // Choices last: the lowest-scoring option depends on the other inputs' combined values.
        for (var k = 0; k < inputs.Length; k++)
        {
            if (inputs[k].Type == InputType.Choice)
            {
                combined[k] = InputCombiner.LowestScoringOption(node, k, combined, columns[k]);
            }
        }

        for (var k = 0; k < inputs.Length; k++)
        {
            data.SetInput(node.Index, k, [combined[k]]);
        }
    }

    private static double[] Column(int[] rows, Func<int, double> value) => [.. rows.Select(value)];
}
