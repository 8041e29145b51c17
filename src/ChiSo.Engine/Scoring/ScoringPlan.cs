using System.Collections.Immutable;
using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Scoring;

/// <summary>
/// A framework flattened for scoring: nodes in pre-order with index links, formulas compiled once. Node 0 is
/// the total, a virtual root over the framework's tree whose code is the framework id.
/// </summary>
public sealed partial class ScoringPlan
{
    private readonly Dictionary<string, int> _indexByCode;

    private ScoringPlan(FrameworkDefinition framework, ImmutableArray<PlanNode> nodes, ImmutableArray<PlanView> views)
    {
        Framework = framework;
        Nodes = nodes;
        Views = views;
        _indexByCode = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            _indexByCode.TryAdd(node.Code, node.Index);
        }

        Leaves = [.. nodes.Where(n => n.Children.IsEmpty && n.Index != 0).Select(n => n.Index)];
        PostOrder = [.. PostOrderOf(nodes)];
    }

    /// <summary>The framework this plan was built from.</summary>
    public FrameworkDefinition Framework { get; }

    /// <summary>All nodes in pre-order; <c>Nodes[0]</c> is the total.</summary>
    public ImmutableArray<PlanNode> Nodes { get; }

    /// <summary>Indices of the criteria (leaves).</summary>
    public ImmutableArray<int> Leaves { get; }

    /// <summary>Node indices with every child before its parent.</summary>
    public ImmutableArray<int> PostOrder { get; }

    /// <summary>The total (virtual root).</summary>
    public PlanNode Total => Nodes[0];

    /// <summary>Finds a node by its code.</summary>
    public bool TryGetIndex(string code, out int index) => _indexByCode.TryGetValue(code, out index);

    /// <summary>
    /// Builds the plan of a framework that was not validated (engine tests): every scoring rule is compiled here.
    /// Frameworks from files come through <see cref="FrameworkValidator.Check"/>, whose compiled rules the plan takes.
    /// </summary>
    internal static (ScoringPlan? Plan, ImmutableArray<Problem> Problems) Create(FrameworkDefinition framework) =>
        Create(framework, new Dictionary<FrameworkNode, CompiledFormula>());

    /// <summary>
    /// Builds the plan with the rules <paramref name="compiled"/> holds; a rule it lacks is compiled here, and fails
    /// with the formula problems when it does not compile.
    /// </summary>
    internal static (ScoringPlan? Plan, ImmutableArray<Problem> Problems) Create(
        FrameworkDefinition framework, IReadOnlyDictionary<FrameworkNode, CompiledFormula> compiled)
    {
        var nodes = new List<PlanNode>();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var rootMax = FrameworkTree.TotalOf(framework);
        nodes.Add(new PlanNode(0, framework.Id, framework.Title, -1, [], rootMax, Cap: false, Scored: true, 0, null, null));
        var rootChildren = new List<int>();
        foreach (var child in framework.Tree)
        {
            rootChildren.Add(Add(child, 0, 1, nodes, problems, compiled));
        }

        nodes[0] = nodes[0] with { Children = [.. rootChildren] };
        var views = ResolveViews(framework, nodes, problems);
        return problems.Count > 0 ? (null, problems.ToImmutable()) : (new ScoringPlan(framework, [.. nodes], views), []);
    }

    private static int Add(
        FrameworkNode node, int parent, int depth, List<PlanNode> nodes, ImmutableArray<Problem>.Builder problems,
        IReadOnlyDictionary<FrameworkNode, CompiledFormula> compiled)
    {
        var index = nodes.Count;
        var max = FrameworkTree.MaxOf(node);
        CompiledFormula? formula = null;
        if (node.IsLeaf && node.Score is { } score && !compiled.TryGetValue(node, out formula))
        {
            var compilation = FormulaCompiler.Compile(score, new FormulaContext(node.Inputs, max));
            formula = compilation.Formula;
            foreach (var d in compilation.Diagnostics)
            {
                problems.Add(Problem.Error(
                    "SC001", null, node.ScoreAt,
                    $"Tiêu chí {node.Code}, cột {d.Column} của công thức: {d.MessageVi}",
                    $"Criterion {node.Code}, formula column {d.Column}: {d.MessageEn}"));
            }
        }

        nodes.Add(new PlanNode(index, node.Code, node.Name, parent, [], max, node.Cap, node.Scored, depth, node, formula)
        {
            Checks = node.IsLeaf ? InputChecks.CompileAll(node) : [],
        });
        var children = new List<int>();
        foreach (var child in node.Children)
        {
            children.Add(Add(child, index, depth + 1, nodes, problems, compiled));
        }

        nodes[index] = nodes[index] with { Children = [.. children] };
        return index;
    }

    private static IEnumerable<int> PostOrderOf(ImmutableArray<PlanNode> nodes)
    {
        var stack = new Stack<(int Node, bool Expanded)>();
        stack.Push((0, false));
        while (stack.Count > 0)
        {
            var (node, expanded) = stack.Pop();
            if (expanded)
            {
                yield return node;
                continue;
            }

            stack.Push((node, true));
            var children = nodes[node].Children;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }
    }
}

/// <summary>A node of a <see cref="ScoringPlan"/>.</summary>
/// <param name="Index">Position in <see cref="ScoringPlan.Nodes"/>.</param>
/// <param name="Code">The node's code (the framework id for the total).</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="Parent">Index of the parent, −1 for the total.</param>
/// <param name="Children">Indices of the children.</param>
/// <param name="MaxPoints">Maximum points (0 for unscored nodes).</param>
/// <param name="Cap">True when the children's points are capped at <paramref name="MaxPoints"/>.</param>
/// <param name="Scored">False for nodes assessed but not scored.</param>
/// <param name="Depth">0 for the total, 1 for the framework's roots.</param>
/// <param name="Definition">The framework node; null for the total.</param>
/// <param name="Formula">The compiled scoring rule of a criterion, if it has one.</param>
public sealed record PlanNode(
    int Index,
    string Code,
    string Name,
    int Parent,
    ImmutableArray<int> Children,
    double MaxPoints,
    bool Cap,
    bool Scored,
    int Depth,
    FrameworkNode? Definition,
    CompiledFormula? Formula)
{
    /// <summary>The criterion's inputs (empty for parents).</summary>
    public ImmutableArray<InputDefinition> Inputs => Definition?.Inputs ?? [];

    /// <summary>The criterion's checks, compiled (empty for parents).</summary>
    public ImmutableArray<CompiledCheck> Checks { get; init; } = [];
}
