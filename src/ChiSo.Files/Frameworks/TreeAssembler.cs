using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Yaml;

namespace ChiSo.Files.Frameworks;

/// <summary>
/// Links tree rows by their parent codes. Reports duplicate codes, unknown parents and cycles; the nodes they
/// concern are left out, so the rest can still be checked.
/// </summary>
internal static class TreeAssembler
{
    public static ImmutableArray<FrameworkNode> Assemble(
        string file, List<TreeRow> rows, ILookup<string, InputDefinition> inputs, List<Problem> problems, ILookup<string, InputCheck>? checks = null)
    {
        var parts = new Parts(inputs, checks ?? Array.Empty<InputCheck>().ToLookup(_ => "", StringComparer.Ordinal));
        var byCode = new Dictionary<string, TreeRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byCode.TryAdd(row.Code, row))
            {
                problems.Add(WorkbookProblems.DuplicateCode(file, row.Node.At, row.Code, byCode[row.Code].Row));
            }
        }

        var kept = byCode.Values.OrderBy(r => r.Row).ToList();
        foreach (var row in kept.Where(r => r.Parent is not null && !byCode.ContainsKey(r.Parent)))
        {
            problems.Add(WorkbookProblems.UnknownParent(file, row.ParentAt, row.Code, row.Parent!));
        }

        ReportCycles(file, kept, byCode, problems);
        var children = kept.Where(r => r.Parent is not null).ToLookup(r => r.Parent!, StringComparer.Ordinal);
        var tooDeep = new List<TreeRow>();
        var roots = kept.Where(r => r.Parent is null).Select(r => Build(r, children, parts, 1, tooDeep)).ToImmutableArray();
        if (tooDeep.Count > 0)
        {
            var first = tooDeep.MinBy(r => r.Row)!;
            problems.Add(WorkbookProblems.TooDeep(file, first.ParentAt, first.Code, FrameworkLimits.MaxTreeDepth));
        }

        return roots;
    }

    /// <summary>
    /// The node of <paramref name="row"/> with its subtree, down to <see cref="FrameworkLimits.MaxTreeDepth"/> levels:
    /// the rows below are collected in <paramref name="tooDeep"/>, so neither this recursion nor the validator's goes deeper.
    /// </summary>
    private static FrameworkNode Build(TreeRow row, ILookup<string, TreeRow> children, Parts parts, int level, List<TreeRow> tooDeep)
    {
        var node = row.Node with { Inputs = [.. parts.Inputs[row.Code]], Checks = [.. parts.Checks[row.Code]] };
        if (level == FrameworkLimits.MaxTreeDepth)
        {
            tooDeep.AddRange(children[row.Code]);
            return node with { Children = [] };
        }

        return node with { Children = [.. children[row.Code].Select(c => Build(c, children, parts, level + 1, tooDeep))] };
    }

    /// <summary>What the other sheets attach to a criterion by its code.</summary>
    private sealed record Parts(ILookup<string, InputDefinition> Inputs, ILookup<string, InputCheck> Checks);

    /// <summary>Follows each node's parent chain; a chain that comes back to a node on itself is a cycle, reported once.</summary>
    private static void ReportCycles(string file, List<TreeRow> rows, Dictionary<string, TreeRow> byCode, List<Problem> problems)
    {
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in rows)
        {
            var path = new List<TreeRow>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            var current = start;
            while (current is not null && !settled.Contains(current.Code))
            {
                if (onPath.TryGetValue(current.Code, out var seenAt))
                {
                    var cycle = path.Skip(seenAt).ToList();
                    var first = cycle.MinBy(r => r.Row)!;
                    var text = string.Join(" → ", cycle.Select(r => r.Code).Append(current.Code));
                    problems.Add(WorkbookProblems.Cycle(file, first.ParentAt, text));
                    break;
                }

                onPath[current.Code] = path.Count;
                path.Add(current);
                current = current.Parent is null ? null : byCode.GetValueOrDefault(current.Parent);
            }

            settled.UnionWith(path.Select(r => r.Code));
        }
    }
}
