using System.Collections.Immutable;

namespace ChiSo.Engine.Composite;

/// <summary>The outcome of <see cref="CompositeModel.Build"/>: a model when there is no error, and every problem found.</summary>
/// <param name="Model">The model, or null when any problem is an error.</param>
/// <param name="Problems">All problems, in row order.</param>
public sealed record ModelBuild(CompositeModel? Model, ImmutableArray<Problem> Problems);

/// <summary>
/// A validated indicator tree. <see cref="Nodes"/> holds the indicators (in input order) followed by the
/// aggregates in evaluation order: every aggregate comes after all of its children.
/// </summary>
public sealed class CompositeModel
{
    private readonly Dictionary<string, int> _index;

    private CompositeModel(ImmutableArray<CompositeNode> nodes, ImmutableArray<ImmutableArray<int>> children,
        int indicatorCount, ImmutableArray<CompositeNode> others)
    {
        Nodes = nodes;
        Children = children;
        IndicatorCount = indicatorCount;
        Others = others;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            _index[nodes[i].Code] = i;
        }
    }

    /// <summary>Indicators first, then aggregates children-before-parents.</summary>
    public ImmutableArray<CompositeNode> Nodes { get; }

    /// <summary>For each entry of <see cref="Nodes"/>, the positions of its children in <see cref="Nodes"/>.</summary>
    public ImmutableArray<ImmutableArray<int>> Children { get; }

    /// <summary>How many of <see cref="Nodes"/> are indicators (they come first).</summary>
    public int IndicatorCount { get; }

    /// <summary>Group and denominator rows, kept so readers know which data columns they name.</summary>
    public ImmutableArray<CompositeNode> Others { get; }

    /// <summary>The position of <paramref name="code"/> in <see cref="Nodes"/>, or −1.</summary>
    public int IndexOf(string code) => _index.TryGetValue(code, out var i) ? i : -1;

    /// <summary>
    /// Validates the rows of an indicator table and builds the tree. Reports every problem: duplicate codes,
    /// parents that do not exist or are not aggregates, cycles, weights that are not positive, directions
    /// other than ±1, and aggregates without children.
    /// </summary>
    /// <param name="rows">The rows, in file order.</param>
    /// <param name="file">The file name for messages, or null.</param>
    /// <param name="at">The position of each row in <paramref name="file"/>, or null when unknown.</param>
    public static ModelBuild Build(IReadOnlyList<CompositeNode> rows, string? file = null, IReadOnlyList<SourceSpan>? at = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var check = new ModelChecks(rows, file, at);
        var problems = check.Run();
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return new ModelBuild(null, problems);
        }

        return new ModelBuild(Assemble(rows), problems);
    }

    private static CompositeModel Assemble(IReadOnlyList<CompositeNode> rows)
    {
        var tree = rows.Where(r => r.Type is NodeType.Indicator or NodeType.Aggregate).ToList();
        var byCode = tree.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var heights = new Dictionary<string, int>(StringComparer.Ordinal);
        var childCodes = tree.Where(r => r.Parent is not null).ToLookup(r => r.Parent!, StringComparer.Ordinal);

        int Height(CompositeNode node)
        {
            if (heights.TryGetValue(node.Code, out var h))
            {
                return h;
            }

            h = node.Type == NodeType.Indicator ? 0 : 1 + childCodes[node.Code].Select(Height).DefaultIfEmpty(0).Max();
            heights[node.Code] = h;
            return h;
        }

        var ordered = tree.Where(r => r.Type == NodeType.Indicator)
            .Concat(tree.Where(r => r.Type == NodeType.Aggregate).OrderBy(Height))
            .ToImmutableArray();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            position[ordered[i].Code] = i;
        }

        var children = ordered
            .Select(n => childCodes[n.Code].Where(c => byCode.ContainsKey(c.Code)).Select(c => position[c.Code]).ToImmutableArray())
            .ToImmutableArray();
        var others = rows.Where(r => r.Type is NodeType.Group or NodeType.Denominator).ToImmutableArray();
        return new CompositeModel(ordered, children, ordered.Count(n => n.Type == NodeType.Indicator), others);
    }
}
