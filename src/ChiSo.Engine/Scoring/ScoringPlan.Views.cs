using System.Collections.Immutable;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Scoring;

/// <summary>The views of a plan: columns after the nodes, each part resolved to a column index.</summary>
public sealed partial class ScoringPlan
{
    /// <summary>The framework's views in declaration order; view v is column <c>Nodes.Length + v</c>.</summary>
    public ImmutableArray<PlanView> Views { get; }

    /// <summary>Nodes then views: the columns of a score sheet and of a stored result.</summary>
    public int ColumnCount => Nodes.Length + Views.Length;

    /// <summary>The code of a column (a node's, or a view's after the nodes).</summary>
    public string CodeOf(int column) => column < Nodes.Length ? Nodes[column].Code : Views[column - Nodes.Length].Code;

    /// <summary>True for a column that is scored (every view is).</summary>
    public bool IsScored(int column) => column >= Nodes.Length || Nodes[column].Scored;

    /// <summary>The most points of a column.</summary>
    public double MaxOf(int column) => column < Nodes.Length ? Nodes[column].MaxPoints : Views[column - Nodes.Length].MaxPoints;

    /// <summary>Finds a node or a view by its code (a view's index is its column, after the nodes).</summary>
    public bool TryGetColumn(string code, out int column)
    {
        if (TryGetIndex(code, out column))
        {
            return true;
        }

        for (var v = 0; v < Views.Length; v++)
        {
            if (string.Equals(Views[v].Code, code, StringComparison.Ordinal))
            {
                column = Nodes.Length + v;
                return true;
            }
        }

        column = -1;
        return false;
    }

    /// <summary>
    /// Resolves each view's parts to columns: a node, or a view declared above (so there is no cycle). The validator
    /// reports the same faults with their lines; here they keep an unvalidated framework from being planned.
    /// </summary>
    private static ImmutableArray<PlanView> ResolveViews(FrameworkDefinition framework, List<PlanNode> nodes, ImmutableArray<Problem>.Builder problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in nodes.Skip(1))
        {
            columns.TryAdd(node.Code, node.Index);
        }

        var views = ImmutableArray.CreateBuilder<PlanView>(framework.Views.Length);
        foreach (var view in framework.Views)
        {
            var parts = ImmutableArray.CreateBuilder<(int Column, double Weight)>(view.Of.Length);
            var maxes = new List<double>();
            foreach (var part in view.Of)
            {
                if (!columns.TryGetValue(part.Code, out var column))
                {
                    problems.Add(Problem.Error(FrameworkProblemCodes.ViewUnknownCode, null, part.At.IsKnown ? part.At : view.At,
                        $"Góc nhìn {view.Code} dùng mã \"{part.Code}\" không có trong cây chỉ số.",
                        $"View {view.Code} uses the code \"{part.Code}\", which is not in the tree."));
                    continue;
                }

                parts.Add((column, part.Weight));
                maxes.Add(column < nodes.Count ? nodes[column].MaxPoints : views[column - nodes.Count].MaxPoints);
            }

            var weights = parts.Sum(p => p.Weight);
            var weighted = parts.Select((p, i) => p.Weight * maxes[i]).Sum();
            var max = view.Rule == ViewRule.Sum ? weighted : weights > 0 ? weighted / weights : 0;
            var index = nodes.Count + views.Count;
            views.Add(new PlanView(index, view.Code, view.Name, view.Rule, parts.ToImmutable(), max, view));
            columns.TryAdd(view.Code, index);
        }

        return views.MoveToImmutable();
    }
}

/// <summary>A view of a <see cref="ScoringPlan"/>.</summary>
/// <param name="Index">Its column: after the plan's nodes.</param>
/// <param name="Code">The view's code.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="Rule">How the parts combine.</param>
/// <param name="Parts">The combined columns (nodes, or views before this one) and their weights.</param>
/// <param name="MaxPoints">The view's most points: Σ w·m (sum), Σ w·m ÷ Σ w (weighted).</param>
/// <param name="Definition">The view as declared.</param>
public sealed record PlanView(
    int Index, string Code, string Name, ViewRule Rule, ImmutableArray<(int Column, double Weight)> Parts, double MaxPoints, FrameworkView Definition);
