using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ChiSo.Engine.Frameworks;

/// <summary>What changed about one node between two editions.</summary>
public enum NodeChangeKind
{
    /// <summary>The node is new in the later edition.</summary>
    Added,

    /// <summary>The node is gone from the later edition.</summary>
    Removed,

    /// <summary>Same code, another name.</summary>
    Renamed,

    /// <summary>Another code, the same name: the node was renumbered.</summary>
    Recoded,

    /// <summary>The node sits under another parent.</summary>
    Moved,

    /// <summary>The maximum points differ.</summary>
    MaxPointsChanged,

    /// <summary>The scoring rule differs (ignoring spacing).</summary>
    RuleChanged,

    /// <summary>The inputs asked for differ (ids, types, bounds, options).</summary>
    InputsChanged,
}

/// <summary>One change between two editions.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="EarlierCode">The node's code in the earlier edition; null when added.</param>
/// <param name="LaterCode">The node's code in the later edition; null when removed.</param>
/// <param name="Name">The node's name (the later one when it has both).</param>
/// <param name="Before">The earlier value (name, parent code, max points, rule), as written in a file; null when not applicable.</param>
/// <param name="After">The later value.</param>
/// <param name="Text">The change in a sentence.</param>
public sealed record NodeChange(NodeChangeKind Kind, string? EarlierCode, string? LaterCode, string Name, string? Before, string? After, Bilingual Text);

/// <summary>
/// One node of the later edition linked to the node it continues in the earlier one: what a year-over-year view uses
/// to say whether the two years' figures of a node can be compared.
/// </summary>
/// <param name="EarlierCode">The code in the earlier edition.</param>
/// <param name="LaterCode">The code in the later edition.</param>
/// <param name="Comparable">
/// True when the node measures the same thing the same way in both: same maximum, rule and inputs, and (for a parent)
/// the same children, each comparable. A rename, a renumbering or a move alone keeps a node comparable.
/// </param>
public sealed record CrosswalkLink(string EarlierCode, string LaterCode, bool Comparable);

/// <summary>The differences between two editions and the crosswalk from the earlier to the later.</summary>
/// <param name="Changes">Every change: removed nodes first (earlier order), then the later edition's nodes in order.</param>
/// <param name="Crosswalk">One link per later node that continues an earlier one, in the later edition's order.</param>
public sealed record FrameworkDifference(ImmutableArray<NodeChange> Changes, ImmutableArray<CrosswalkLink> Crosswalk)
{
    /// <summary>The link of the later edition's node <paramref name="laterCode"/>; null when the node is new.</summary>
    public CrosswalkLink? Link(string laterCode) => Crosswalk.FirstOrDefault(l => l.LaterCode == laterCode);
}

/// <summary>
/// Compares two editions of a framework: nodes are matched by code, then unmatched nodes by their exact name
/// (a renumbering), and every match is checked for a new name, parent, maximum, rule and inputs. Pure.
/// </summary>
public static class FrameworkDiff
{
    /// <summary>The changes from <paramref name="earlier"/> to <paramref name="later"/> and the crosswalk between them.</summary>
    public static FrameworkDifference Compare(FrameworkDefinition earlier, FrameworkDefinition later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var before = Index(earlier.Tree);
        var after = Index(later.Tree);
        var match = Match(before, after);
        var matchedEarlier = match.Values.ToHashSet(StringComparer.Ordinal);
        var changes = new List<NodeChange>();
        var changed = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (code, old) in before.Where(b => !matchedEarlier.Contains(b.Key)))
        {
            changes.Add(Change(NodeChangeKind.Removed, code, null, old.Node.Name, null, null));
            MarkParent(old.Parent, match, changed);
        }

        foreach (var (code, now) in after)
        {
            if (!match.TryGetValue(code, out var earlierCode))
            {
                changes.Add(Change(NodeChangeKind.Added, null, code, now.Node.Name, null, null));
                changed.Add(now.Parent ?? "");
                continue;
            }

            var old = before[earlierCode];
            changes.AddRange(Differences(old, now, earlierCode, code, match, changed));
        }

        changed.Remove("");
        var links = after.Where(a => match.ContainsKey(a.Key))
            .Select(a => new CrosswalkLink(match[a.Key], a.Key, !Spoilt(a.Key, after, changed)))
            .ToImmutableArray();
        return new FrameworkDifference([.. changes], links);
    }

    private sealed record Placed(FrameworkNode Node, string? Parent);

    private static Dictionary<string, Placed> Index(ImmutableArray<FrameworkNode> roots)
    {
        // Insertion order is the file's order: Dictionary keeps it while nothing is removed.
        var index = new Dictionary<string, Placed>(StringComparer.Ordinal);
        void Walk(ImmutableArray<FrameworkNode> nodes, string? parent)
        {
            foreach (var node in nodes.IsDefault ? [] : nodes)
            {
                index.TryAdd(node.Code, new Placed(node, parent));
                Walk(node.Children, node.Code);
            }
        }

        Walk(roots, null);
        return index;
    }

    /// <summary>Later code → earlier code: by code, then unmatched nodes by a name that is unique on both sides.</summary>
    private static Dictionary<string, string> Match(Dictionary<string, Placed> before, Dictionary<string, Placed> after)
    {
        var match = after.Keys.Where(before.ContainsKey).ToDictionary(c => c, c => c, StringComparer.Ordinal);
        var leftBefore = UniqueNames(before.Where(b => !after.ContainsKey(b.Key)));
        var leftAfter = UniqueNames(after.Where(a => !before.ContainsKey(a.Key)));
        foreach (var (name, laterCode) in leftAfter)
        {
            if (leftBefore.TryGetValue(name, out var earlierCode))
            {
                match[laterCode] = earlierCode;
            }
        }

        return match;
    }

    private static Dictionary<string, string> UniqueNames(IEnumerable<KeyValuePair<string, Placed>> nodes) =>
        nodes.GroupBy(n => Spaced(n.Value.Node.Name), StringComparer.Ordinal).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Key, StringComparer.Ordinal);

    private static IEnumerable<NodeChange> Differences(
        Placed old, Placed now, string earlierCode, string laterCode, Dictionary<string, string> match, HashSet<string> changed)
    {
        var name = now.Node.Name;
        if (earlierCode != laterCode)
        {
            yield return Change(NodeChangeKind.Recoded, earlierCode, laterCode, name, earlierCode, laterCode);
        }
        else if (Spaced(old.Node.Name) != Spaced(name))
        {
            yield return Change(NodeChangeKind.Renamed, earlierCode, laterCode, name, old.Node.Name, name);
        }

        var oldParentNow = old.Parent is null ? null : match.FirstOrDefault(m => m.Value == old.Parent).Key ?? "?" + old.Parent;
        if (oldParentNow != now.Parent)
        {
            yield return Change(NodeChangeKind.Moved, earlierCode, laterCode, name, old.Parent ?? "", now.Parent ?? "");
            changed.Add(now.Parent ?? "");
            MarkParent(old.Parent, match, changed);
        }

        var (oldMax, newMax) = (FrameworkTree.MaxOf(old.Node), FrameworkTree.MaxOf(now.Node));
        if (oldMax != newMax)
        {
            changed.Add(laterCode);
            yield return Change(NodeChangeKind.MaxPointsChanged, earlierCode, laterCode, name, Number(oldMax), Number(newMax));
        }

        if (Spaced(old.Node.Score) != Spaced(now.Node.Score))
        {
            changed.Add(laterCode);
            yield return Change(NodeChangeKind.RuleChanged, earlierCode, laterCode, name, Spaced(old.Node.Score), Spaced(now.Node.Score));
        }

        if (Inputs(old.Node) != Inputs(now.Node))
        {
            changed.Add(laterCode);
            yield return Change(NodeChangeKind.InputsChanged, earlierCode, laterCode, name, Inputs(old.Node), Inputs(now.Node));
        }
    }

    /// <summary>The earlier parent lost a child: its later counterpart (if any) no longer adds up the same things.</summary>
    private static void MarkParent(string? earlierParent, Dictionary<string, string> match, HashSet<string> changed)
    {
        if (earlierParent is not null && match.FirstOrDefault(m => m.Value == earlierParent).Key is { } later)
        {
            changed.Add(later);
        }
    }

    /// <summary>A node is spoilt when it or any node below it changed what it measures.</summary>
    private static bool Spoilt(string code, Dictionary<string, Placed> after, HashSet<string> changed) =>
        changed.Contains(code) || after[code].Node.Children.Any(c => Spoilt(c.Code, after, changed));

    private static string Spaced(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Inputs(FrameworkNode node)
    {
        var text = new StringBuilder();
        foreach (var input in node.Inputs.IsDefault ? [] : node.Inputs)
        {
            text.Append(CultureInfo.InvariantCulture, $"{input.Id}: {input.Type}");
            text.Append(CultureInfo.InvariantCulture, $" [{input.Min?.ToString(CultureInfo.InvariantCulture)}..{input.Max?.ToString(CultureInfo.InvariantCulture)}]");
            if (!input.Options.IsDefaultOrEmpty)
            {
                text.Append(" {").AppendJoin(", ", input.Options.Select(o => o.Key)).Append('}');
            }

            text.Append("; ");
        }

        return text.ToString().TrimEnd(' ', ';');
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shown(double value) => value.ToString("#,##0.##", CultureInfo.GetCultureInfo("vi-VN"));

    private static NodeChange Change(NodeChangeKind kind, string? earlierCode, string? laterCode, string name, string? before, string? after) =>
        new(kind, earlierCode, laterCode, name, before, after, Sentence(kind, earlierCode ?? laterCode!, laterCode, name, before, after));

    private static Bilingual Sentence(NodeChangeKind kind, string code, string? laterCode, string name, string? before, string? after) => kind switch
    {
        NodeChangeKind.Added => new($"Thêm mới \"{code}\" {name}.", $"Added \"{code}\" {name}."),
        NodeChangeKind.Removed => new($"Bỏ \"{code}\" {name}.", $"Removed \"{code}\" {name}."),
        NodeChangeKind.Renamed => new($"\"{code}\" đổi tên: \"{before}\" thành \"{after}\".", $"\"{code}\" renamed: \"{before}\" to \"{after}\"."),
        NodeChangeKind.Recoded => new($"\"{name}\" đổi mã: \"{before}\" thành \"{after}\".", $"\"{name}\" renumbered: \"{before}\" to \"{after}\"."),
        NodeChangeKind.Moved => new(
            $"\"{laterCode}\" chuyển từ {Parent(before, "gốc")} sang {Parent(after, "gốc")}.",
            $"\"{laterCode}\" moved from {Parent(before, "the top")} to {Parent(after, "the top")}."),
        NodeChangeKind.MaxPointsChanged => new(
            $"\"{laterCode}\" đổi điểm tối đa: {Shown(double.Parse(before!, CultureInfo.InvariantCulture))} thành {Shown(double.Parse(after!, CultureInfo.InvariantCulture))}.",
            $"\"{laterCode}\" max points changed: {before} to {after}."),
        NodeChangeKind.RuleChanged => new($"\"{laterCode}\" đổi quy tắc chấm điểm: \"{before}\" thành \"{after}\".", $"\"{laterCode}\" scoring rule changed: \"{before}\" to \"{after}\"."),
        NodeChangeKind.InputsChanged => new($"\"{laterCode}\" đổi số liệu đầu vào: \"{before}\" thành \"{after}\".", $"\"{laterCode}\" inputs changed: \"{before}\" to \"{after}\"."),
    };

    private static string Parent(string? code, string top) => string.IsNullOrEmpty(code) ? top : $"\"{code}\"";
}
