using System.Collections.Immutable;
using static ChiSo.Engine.Frameworks.FrameworkProblemCodes;

namespace ChiSo.Engine.Frameworks;

/// <summary>A node read from a flat table (an Excel sheet or CSV), with the code of its parent.</summary>
/// <param name="Node">The node; its <see cref="FrameworkNode.Children"/> are ignored and rebuilt.</param>
/// <param name="ParentCode">The parent's code; null or empty for a root.</param>
public sealed record FrameworkRow(FrameworkNode Node, string? ParentCode);

/// <summary>Builds and walks framework trees.</summary>
public static class FrameworkTree
{
    /// <summary>
    /// Builds a tree from rows that name their parents, as the Excel importer reads them. Children keep the order of
    /// the rows. Reports duplicate codes (FW101), unknown parents (FW130) and cycles (FW131); rows involved in such
    /// problems, and their descendants, are left out of the tree.
    /// </summary>
    /// <param name="rows">The rows, in sheet order.</param>
    /// <param name="fileName">The file name shown in problems.</param>
    public static (ImmutableArray<FrameworkNode> Roots, ImmutableArray<Problem> Problems) FromRows(
        IReadOnlyList<FrameworkRow> rows, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var byCode = new Dictionary<string, FrameworkRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byCode.TryAdd(row.Node.Code, row))
            {
                var first = byCode[row.Node.Code].Node.At.Line;
                problems.Add(Problem.Error(DuplicateCode, fileName, row.Node.At,
                    $"Mã \"{row.Node.Code}\" bị trùng: đã dùng ở dòng {first} và lại dùng ở dòng {row.Node.At.Line}; mỗi nút phải có mã riêng.",
                    $"The code \"{row.Node.Code}\" is used twice: on line {first} and again on line {row.Node.At.Line}; each node needs its own code."));
            }
        }

        var children = new Dictionary<string, List<FrameworkRow>>(StringComparer.Ordinal);
        var roots = new List<FrameworkRow>();
        foreach (var row in byCode.Values)
        {
            if (string.IsNullOrEmpty(row.ParentCode))
            {
                roots.Add(row);
            }
            else if (!byCode.ContainsKey(row.ParentCode))
            {
                problems.Add(Problem.Error(UnknownParent, fileName, row.Node.At,
                    $"Nút \"{row.Node.Code}\" ghi mã cha \"{row.ParentCode}\" nhưng không có nút nào mang mã này; hãy sửa mã cha hoặc thêm nút cha.",
                    $"Node \"{row.Node.Code}\" names the parent code \"{row.ParentCode}\" but no node has that code; fix the parent code or add the parent."));
            }
            else
            {
                AddChild(children, row.ParentCode, row);
            }
        }

        ReportCycles(byCode, fileName, problems);
        ImmutableArray<FrameworkNode> Build(IEnumerable<FrameworkRow> level) =>
            [.. level.Select(r => r.Node with { Children = children.TryGetValue(r.Node.Code, out var c) ? Build(c) : [] })];
        return (Build(roots), problems.ToImmutable());
    }

    private static void AddChild(Dictionary<string, List<FrameworkRow>> map, string key, FrameworkRow row)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(row);
    }

    // A row is in a cycle when following its parents comes back to it; such rows never reach a root, so Build
    // never visits them, and reporting is all that is left to do.
    private static void ReportCycles(
        Dictionary<string, FrameworkRow> byCode, string? fileName, ImmutableArray<Problem>.Builder problems)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in byCode.Values)
        {
            var path = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var code = row.Node.Code;
            while (!string.IsNullOrEmpty(code) && byCode.TryGetValue(code, out var current) && seen.Add(code))
            {
                path.Add(code);
                code = current.ParentCode;
            }

            if (code != row.Node.Code || reported.Contains(code))
            {
                continue;
            }

            reported.UnionWith(path);
            var cycle = string.Join(" → ", path.Append(code));
            problems.Add(Problem.Error(Cycle, fileName, row.Node.At,
                $"Các nút tạo thành vòng lặp cha–con: {cycle}; một nút không thể là tổ tiên của chính nó, hãy sửa mã cha.",
                $"These nodes form a parent–child loop: {cycle}; a node cannot be its own ancestor, fix the parent codes."));
        }
    }

    /// <summary>Every node of the tree, parents before their children, in file order.</summary>
    public static IEnumerable<FrameworkNode> Descendants(ImmutableArray<FrameworkNode> roots)
    {
        foreach (var node in roots.IsDefault ? [] : roots)
        {
            yield return node;
            foreach (var child in Descendants(node.Children))
            {
                yield return child;
            }
        }
    }

    /// <summary>A node's maximum: its own, or the sum of its scored children's (0 for a node that is not scored).</summary>
    public static double MaxOf(FrameworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return !node.Scored ? 0 : node.MaxPoints ?? node.Children.Where(c => c.Scored).Sum(MaxOf);
    }

    /// <summary>The framework's total: the displayed total when it states one, else the sum of its scored roots' maxima.</summary>
    public static double TotalOf(FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return framework.Display.Total ?? framework.Tree.Where(n => n.Scored).Sum(MaxOf);
    }

    /// <summary>
    /// Returns the framework with every parent's missing max points set to the sum of its scored children's, the
    /// rule the validator checks against.
    /// </summary>
    public static FrameworkDefinition WithResolvedMaxima(FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return framework with { Tree = [.. framework.Tree.Select(Resolve)] };
    }

    private static FrameworkNode Resolve(FrameworkNode node)
    {
        if (node.IsLeaf)
        {
            return node;
        }

        var children = node.Children.Select(Resolve).ToImmutableArray();
        var sum = children.Where(c => c.Scored).Sum(c => c.MaxPoints ?? 0);
        return node with { Children = children, MaxPoints = node.MaxPoints ?? sum };
    }
}
