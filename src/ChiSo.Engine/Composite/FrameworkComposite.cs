using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Composite;

/// <summary>
/// Turns a framework written with <c>aggregation: composite</c> into a <see cref="CompositeModel"/>: its leaves are
/// indicators (a data column each, named by the leaf's code), its parents aggregates, and the framework itself the
/// top aggregate, named by the framework id. Weights and directions come from the nodes.
/// </summary>
public static class FrameworkComposite
{
    /// <summary>Builds the model; unscored nodes are left out.</summary>
    public static ModelBuild FromFramework(FrameworkDefinition framework, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var rows = new List<CompositeNode>();
        var at = new List<SourceSpan>();
        var top = 0;
        foreach (var root in framework.Tree.Where(n => n.Scored))
        {
            top = Math.Max(top, Add(root, framework.Id, rows, at));
        }

        rows.Add(new CompositeNode(framework.Id, framework.Title, top + 1, NodeType.Aggregate, 1, 1, null));
        at.Add(framework.At);
        return CompositeModel.Build(rows, file, at);
    }

    private static int Add(FrameworkNode node, string parent, List<CompositeNode> rows, List<SourceSpan> at)
    {
        var level = 1;
        foreach (var child in node.Children.Where(c => c.Scored))
        {
            level = Math.Max(level, Add(child, node.Code, rows, at) + 1);
        }

        var type = node.IsLeaf ? NodeType.Indicator : NodeType.Aggregate;
        rows.Add(new CompositeNode(node.Code, node.Name, level, type, node.Direction, node.Weight, parent));
        at.Add(node.At);
        return level;
    }
}
