using System.Collections.Immutable;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// A scored round read back from a <see cref="ResultPayload"/>: points, values, ranks and incomplete flags of
/// every node (in the plan order it was written in) for every unit.
/// </summary>
public sealed class StoredResults
{
    private readonly double[][] _points;
    private readonly double[][] _values;
    private readonly int[][] _ranks;
    private readonly bool[][] _incomplete;
    private readonly Dictionary<string, int> _nodeIndex;
    private Dictionary<string, int>? _unitIndex;

    internal StoredResults(
        ImmutableArray<string> nodeCodes, ImmutableArray<string> unitCodes, double[][] points, double[][] values, int[][] ranks, bool[][] incomplete)
    {
        NodeCodes = nodeCodes;
        UnitCodes = unitCodes;
        _points = points;
        _values = values;
        _ranks = ranks;
        _incomplete = incomplete;
        _nodeIndex = Index(nodeCodes);
    }

    /// <summary>
    /// How many of <see cref="NodeCodes"/> are views: the last ones, after the plan's nodes (0 for a snapshot of
    /// an edition without views).
    /// </summary>
    public int ViewCount { get; init; }

    /// <summary>
    /// Node codes in plan order, then the views' codes; node 0 is the total (its code is the framework id).
    /// </summary>
    public ImmutableArray<string> NodeCodes { get; }

    /// <summary>Unit codes in the order they were scored.</summary>
    public ImmutableArray<string> UnitCodes { get; }

    /// <summary>Points of a node for a unit.</summary>
    public double Points(int node, int unit) => _points[node][unit];

    /// <summary>Value (points ÷ max) of a node for a unit; NaN for unscored nodes.</summary>
    public double Value(int node, int unit) => _values[node][unit];

    /// <summary>Competition rank of a node's result for a unit; 0 when unranked.</summary>
    public int Rank(int node, int unit) => _ranks[node][unit];

    /// <summary>True when an input under the node was missing for the unit.</summary>
    public bool Incomplete(int node, int unit) => _incomplete[node][unit];

    /// <summary>Finds a node by its code.</summary>
    public bool TryGetNode(string code, out int node) => _nodeIndex.TryGetValue(code, out node);

    /// <summary>Finds a unit by its code.</summary>
    public bool TryGetUnit(string code, out int unit) => (_unitIndex ??= Index(UnitCodes)).TryGetValue(code, out unit);

    /// <summary>Unit indices ordered by a node's rank (then unit code), best first; unranked units last.</summary>
    public ImmutableArray<int> Ranking(int node = 0) =>
        [.. Enumerable.Range(0, UnitCodes.Length)
            .OrderBy(u => _ranks[node][u] == 0 ? int.MaxValue : _ranks[node][u])
            .ThenBy(u => UnitCodes[u], StringComparer.Ordinal)];

    private static Dictionary<string, int> Index(ImmutableArray<string> codes)
    {
        var index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            index.TryAdd(codes[i], i);
        }

        return index;
    }
}
