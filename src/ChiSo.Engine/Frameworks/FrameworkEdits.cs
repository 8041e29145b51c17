using System.Collections.Immutable;

namespace ChiSo.Engine.Frameworks;

/// <summary>
/// Edits of a draft framework, each returning a new definition or the reason it cannot be made. Pure. An edit is
/// refused only when it would break the tree's structure (an unknown or duplicate code, a node moved under itself,
/// an input its rule still uses, a bound crossed); sums that do not yet add up are left to
/// <see cref="FrameworkValidator"/>, since a tree being built passes through such states.
/// </summary>
public static partial class FrameworkEdits
{
    /// <summary>
    /// Adds <paramref name="node"/> (without children) under <paramref name="parentCode"/>, or as a root when it is
    /// null, at <paramref name="position"/> among its siblings (0 first; null or past the end: last).
    /// </summary>
    public static EditOutcome AddNode(FrameworkDefinition framework, string? parentCode, FrameworkNode node, int? position, EditLimits limits)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(limits);
        if (CodeRefusal(framework, node.Code, node.Name) is { } refused)
        {
            return refused;
        }

        if (FrameworkTree.Descendants(framework.Tree).Count() >= limits.MaxNodes)
        {
            return EditOutcome.Refused(
                $"Bộ chỉ số đã có {limits.MaxNodes} nút, là số tối đa; không thêm được nút mới.",
                $"The framework already has {limits.MaxNodes} nodes, the most allowed; no node can be added.");
        }

        var fresh = node with { Children = [] };
        if (parentCode is null)
        {
            return limits.MaxDepth < 1 ? TooDeep(limits) : EditOutcome.Done(framework with { Tree = Insert(framework.Tree, fresh, position) });
        }

        if (Find(framework.Tree, parentCode) is not { } parent)
        {
            return Unknown(parentCode);
        }

        if (parent.Node.IsLeaf && (!parent.Node.Inputs.IsDefaultOrEmpty || parent.Node.Score is not null))
        {
            return EditOutcome.Refused(
                $"Tiêu chí \"{parentCode}\" có đầu vào hoặc công thức tính điểm; nút cha không có chúng (điểm của nút cha là tổng các nút con). Hãy xoá đầu vào và công thức trước khi thêm nút con.",
                $"Criterion \"{parentCode}\" has inputs or a scoring rule; a parent has neither (its points are its children's sum). Remove them before adding a child.");
        }

        return parent.Depth + 1 > limits.MaxDepth
            ? TooDeep(limits)
            : EditOutcome.Done(framework with { Tree = Change(framework.Tree, parentCode, p => p with { Children = Insert(p.Children, fresh, position) }) });
    }

    /// <summary>Removes the node <paramref name="code"/> and everything under it.</summary>
    public static EditOutcome RemoveNode(FrameworkDefinition framework, string code)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return Find(framework.Tree, code) is null ? Unknown(code) : EditOutcome.Done(framework with { Tree = Without(framework.Tree, code) });
    }

    /// <summary>
    /// Moves the node <paramref name="code"/>, with everything under it, under <paramref name="parentCode"/> (null:
    /// to the roots) at <paramref name="position"/> among its new siblings, counted after it has left its old place.
    /// </summary>
    public static EditOutcome MoveNode(FrameworkDefinition framework, string code, string? parentCode, int? position, EditLimits limits)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(limits);
        if (Find(framework.Tree, code) is not { } moved)
        {
            return Unknown(code);
        }

        var parentDepth = 0;
        if (parentCode is not null)
        {
            if (Find(framework.Tree, parentCode) is not { } parent)
            {
                return Unknown(parentCode);
            }

            if (parentCode == code || Find(moved.Node.Children, parentCode) is not null)
            {
                return EditOutcome.Refused(
                    $"Không chuyển được \"{code}\" vào dưới \"{parentCode}\": \"{parentCode}\" nằm trong chính \"{code}\", một nút không thể là tổ tiên của chính nó.",
                    $"\"{code}\" cannot move under \"{parentCode}\": \"{parentCode}\" is inside \"{code}\", and a node cannot be its own ancestor.");
            }

            if (parent.Node.IsLeaf && (!parent.Node.Inputs.IsDefaultOrEmpty || parent.Node.Score is not null))
            {
                return EditOutcome.Refused(
                    $"Tiêu chí \"{parentCode}\" có đầu vào hoặc công thức tính điểm nên không nhận nút con; hãy xoá chúng trước.",
                    $"Criterion \"{parentCode}\" has inputs or a scoring rule, so it cannot take children; remove them first.");
            }

            parentDepth = parent.Depth;
        }

        if (parentDepth + Height(moved.Node) > limits.MaxDepth)
        {
            return TooDeep(limits);
        }

        var tree = Without(framework.Tree, code);
        tree = parentCode is null
            ? Insert(tree, moved.Node, position)
            : Change(tree, parentCode, p => p with { Children = Insert(p.Children, moved.Node, position) });
        return EditOutcome.Done(framework with { Tree = tree });
    }

    /// <summary>Gives the node <paramref name="code"/> a new code and names.</summary>
    public static EditOutcome RenameNode(FrameworkDefinition framework, string code, string newCode, string name, string? nameEn)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (Find(framework.Tree, code) is null)
        {
            return Unknown(code);
        }

        if (newCode != code && CodeRefusal(framework, newCode, name) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return EmptyName();
        }

        return EditOutcome.Done(framework with
        {
            Tree = Change(framework.Tree, code, n => n with { Code = newCode, Name = name, NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn }),
        });
    }

    /// <summary>
    /// Sets the node's max points (null: for a parent, the sum of its children's), whether they are a cap, and its
    /// weight (composite aggregation).
    /// </summary>
    public static EditOutcome SetPoints(FrameworkDefinition framework, string code, double? maxPoints, bool cap, double weight)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (Find(framework.Tree, code) is null)
        {
            return Unknown(code);
        }

        if (maxPoints is { } max && (!double.IsFinite(max) || max < 0))
        {
            return EditOutcome.Refused(
                $"Điểm tối đa của \"{code}\" phải là một số không âm.", $"The max points of \"{code}\" must be a number not below zero.");
        }

        if (!double.IsFinite(weight) || weight <= 0)
        {
            return EditOutcome.Refused(
                $"Trọng số của \"{code}\" phải là số dương.", $"The weight of \"{code}\" must be a positive number.");
        }

        return EditOutcome.Done(framework with { Tree = Change(framework.Tree, code, n => n with { MaxPoints = maxPoints, Cap = cap, Weight = weight }) });
    }

    /// <summary>A node of the tree and its level (roots are level 1).</summary>
    private readonly record struct Found(FrameworkNode Node, int Depth);

    private static Found? Find(ImmutableArray<FrameworkNode> nodes, string code, int depth = 1)
    {
        foreach (var node in nodes.IsDefault ? [] : nodes)
        {
            if (node.Code == code)
            {
                return new Found(node, depth);
            }

            if (Find(node.Children, code, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static int Height(FrameworkNode node) => node.IsLeaf ? 1 : 1 + node.Children.Max(Height);

    private static ImmutableArray<FrameworkNode> Change(ImmutableArray<FrameworkNode> nodes, string code, Func<FrameworkNode, FrameworkNode> change) =>
        [.. (nodes.IsDefault ? [] : nodes).Select(n => n.Code == code ? change(n) : n.IsLeaf ? n : n with { Children = Change(n.Children, code, change) })];

    private static ImmutableArray<FrameworkNode> Without(ImmutableArray<FrameworkNode> nodes, string code) =>
        [.. (nodes.IsDefault ? [] : nodes).Where(n => n.Code != code).Select(n => n.IsLeaf ? n : n with { Children = Without(n.Children, code) })];

    private static ImmutableArray<FrameworkNode> Insert(ImmutableArray<FrameworkNode> siblings, FrameworkNode node, int? position)
    {
        var list = siblings.IsDefault ? [] : siblings;
        var at = position is { } p ? Math.Clamp(p, 0, list.Length) : list.Length;
        return list.Insert(at, node);
    }

    private static EditOutcome? CodeRefusal(FrameworkDefinition framework, string code, string name)
    {
        if (string.IsNullOrWhiteSpace(code) || code != code.Trim() || code.Any(char.IsControl))
        {
            return EditOutcome.Refused(
                "Mã nút không được để trống, không bắt đầu hay kết thúc bằng dấu cách; ví dụ 1.2.",
                "A node's code must not be empty nor start or end with a space; e.g. 1.2.");
        }

        if (Find(framework.Tree, code) is not null)
        {
            return EditOutcome.Refused(
                $"Mã \"{code}\" đã được dùng cho một nút khác; mỗi nút phải có mã riêng.",
                $"The code \"{code}\" is already used by another node; each node needs its own code.");
        }

        return string.IsNullOrWhiteSpace(name) ? EmptyName() : null;
    }

    private static EditOutcome EmptyName() =>
        EditOutcome.Refused("Tên nút không được để trống.", "A node's name must not be empty.");

    private static EditOutcome Unknown(string code) =>
        EditOutcome.Refused($"Không có nút nào mang mã \"{code}\"; có thể nút đã bị xoá hoặc đổi mã.", $"No node has the code \"{code}\"; it may have been removed or renamed.");

    private static EditOutcome TooDeep(EditLimits limits) =>
        EditOutcome.Refused(
            $"Cây chỉ số không được sâu hơn {limits.MaxDepth} cấp; hãy gộp bớt các cấp.",
            $"The tree may not be deeper than {limits.MaxDepth} levels; merge some levels.");
}
