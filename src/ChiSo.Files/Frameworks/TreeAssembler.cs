using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Frameworks;

/// <summary>
/// Links tree rows by their parent codes. Reports duplicate codes, unknown parents and cycles; the nodes they
/// concern are left out, so the rest can still be checked.
/// </summary>
internal static class TreeAssembler
{
    public static ImmutableArray<FrameworkNode> Assemble(
        string file, List<TreeRow> rows, ILookup<string, InputDefinition> inputs, List<Problem> problems)
    {
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
        return [.. kept.Where(r => r.Parent is null).Select(r => Build(r, children, inputs))];
    }

    private static FrameworkNode Build(TreeRow row, ILookup<string, TreeRow> children, ILookup<string, InputDefinition> inputs) =>
        row.Node with
        {
            Children = [.. children[row.Code].Select(c => Build(c, children, inputs))],
            Inputs = [.. inputs[row.Code]],
        };

    /// <summary>Follows each node's parent chain; a chain that comes back to a node on itself is a cycle, reported once.</summary>
    private static void ReportCycles(string file, List<TreeRow> rows, Dictionary<string, TreeRow> byCode, List<Problem> problems)
    {
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in rows)
        {
            var path = new List<TreeRow>();
            var current = start;
            while (current is not null && !settled.Contains(current.Code))
            {
                var seenAt = path.FindIndex(r => r.Code == current.Code);
                if (seenAt >= 0)
                {
                    var cycle = path.Skip(seenAt).ToList();
                    var first = cycle.MinBy(r => r.Row)!;
                    var text = string.Join(" → ", cycle.Select(r => r.Code).Append(current.Code));
                    problems.Add(WorkbookProblems.Cycle(file, first.ParentAt, text));
                    break;
                }

                path.Add(current);
                current = current.Parent is null ? null : byCode.GetValueOrDefault(current.Parent);
            }

            settled.UnionWith(path.Select(r => r.Code));
        }
    }
}
