using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Tests.Frameworks;

public sealed class FrameworkDiffTests
{
    private static FrameworkNode Leaf(string code, double max, string? score = null, string? name = null) =>
        new() { Code = code, Name = name ?? "Tiêu chí " + code, MaxPoints = max, Score = score ?? "max" };

    private static FrameworkNode Parent(string code, double max, params FrameworkNode[] children) =>
        new() { Code = code, Name = "Nhóm " + code, MaxPoints = max, Children = [.. children] };

    private static FrameworkDefinition Edition(int edition, params FrameworkNode[] roots) =>
        new() { Id = "dti-thu", Edition = edition, Title = "Thử", Tree = [.. roots] };

    private static FrameworkDefinition Earlier() => Edition(2024,
        Parent("1", 30, Leaf("1.1", 10), Leaf("1.2", 20)),
        Parent("2", 20, Leaf("2.1", 20)));

    [Fact]
    public void Compare_SameTree_NoChangesAndEveryNodeComparable()
    {
        var diff = FrameworkDiff.Compare(Earlier(), Earlier() with { Edition = 2025 });

        Assert.Empty(diff.Changes);
        Assert.Equal(5, diff.Crosswalk.Length);
        Assert.All(diff.Crosswalk, link => Assert.True(link.Comparable));
        Assert.All(diff.Crosswalk, link => Assert.Equal(link.EarlierCode, link.LaterCode));
    }

    [Fact]
    public void Compare_AddedAndRemovedLeaves_ReportedAndParentsNotComparable()
    {
        var later = Edition(2025,
            Parent("1", 30, Leaf("1.1", 10), Leaf("1.3", 20, name: "Hoàn toàn mới")),
            Parent("2", 20, Leaf("2.1", 20)));

        var diff = FrameworkDiff.Compare(Earlier(), later);

        Assert.Equal(
            [(NodeChangeKind.Removed, "1.2", null), (NodeChangeKind.Added, null, "1.3")],
            diff.Changes.Select(c => (c.Kind, c.EarlierCode, c.LaterCode)).ToArray());
        Assert.False(diff.Link("1")!.Comparable);
        Assert.True(diff.Link("1.1")!.Comparable);
        Assert.True(diff.Link("2")!.Comparable);
        Assert.Null(diff.Link("1.2"));
    }

    [Fact]
    public void Compare_SameCodeNewName_Renamed_StillComparable()
    {
        var later = Edition(2025,
            Parent("1", 30, Leaf("1.1", 10, name: "Tên mới"), Leaf("1.2", 20)),
            Parent("2", 20, Leaf("2.1", 20)));

        var change = Assert.Single(FrameworkDiff.Compare(Earlier(), later).Changes);

        Assert.Equal((NodeChangeKind.Renamed, "1.1", "1.1", "Tiêu chí 1.1", "Tên mới"), (change.Kind, change.EarlierCode, change.LaterCode, change.Before, change.After));
        Assert.Contains("đổi tên", change.Text.Vi, StringComparison.Ordinal);
        Assert.True(FrameworkDiff.Compare(Earlier(), later).Link("1.1")!.Comparable);
    }

    [Fact]
    public void Compare_LeafUnderAnotherParent_Moved_BothParentsChanged()
    {
        var later = Edition(2025,
            Parent("1", 10, Leaf("1.1", 10)),
            Parent("2", 40, Leaf("2.1", 20), Leaf("1.2", 20)));

        var diff = FrameworkDiff.Compare(Earlier(), later);

        Assert.Contains(diff.Changes, c => c is { Kind: NodeChangeKind.Moved, LaterCode: "1.2", Before: "1", After: "2" });
        Assert.Contains(diff.Changes, c => c is { Kind: NodeChangeKind.MaxPointsChanged, LaterCode: "1", Before: "30", After: "10" });
        Assert.Contains(diff.Changes, c => c is { Kind: NodeChangeKind.MaxPointsChanged, LaterCode: "2", Before: "20", After: "40" });
        Assert.True(diff.Link("1.2")!.Comparable);
        Assert.False(diff.Link("2")!.Comparable);
    }

    [Fact]
    public void Compare_RuleAndMaxChanged_ReportedWithBeforeAndAfter_NotComparable()
    {
        var later = Edition(2025,
            Parent("1", 30, Leaf("1.1", 10, "max / 2"), Leaf("1.2", 20)),
            Parent("2", 20, Leaf("2.1", 20)));

        var diff = FrameworkDiff.Compare(Earlier(), later);

        var rule = Assert.Single(diff.Changes);
        Assert.Equal((NodeChangeKind.RuleChanged, "max", "max / 2"), (rule.Kind, rule.Before, rule.After));
        Assert.False(diff.Link("1.1")!.Comparable);
        Assert.False(diff.Link("1")!.Comparable);
        Assert.True(diff.Link("2")!.Comparable);
    }

    [Fact]
    public void Compare_RuleOnlyRespaced_NotAChange()
    {
        var later = Edition(2025,
            Parent("1", 30, Leaf("1.1", 10, "  max "), Leaf("1.2", 20)),
            Parent("2", 20, Leaf("2.1", 20)));

        Assert.Empty(FrameworkDiff.Compare(Earlier(), later).Changes);
    }

    [Fact]
    public void Compare_NewCodeSameName_Recoded_AndLinked()
    {
        var later = Edition(2025,
            Parent("1", 30, Leaf("1.1", 10), Leaf("1.5", 20, name: "Tiêu chí 1.2")),
            Parent("2", 20, Leaf("2.1", 20)));

        var diff = FrameworkDiff.Compare(Earlier(), later);

        var change = Assert.Single(diff.Changes);
        Assert.Equal((NodeChangeKind.Recoded, "1.2", "1.5"), (change.Kind, change.EarlierCode, change.LaterCode));
        Assert.Equal("1.2", diff.Link("1.5")!.EarlierCode);
        Assert.True(diff.Link("1.5")!.Comparable);
    }

    [Fact]
    public void Compare_InputsChanged_Reported()
    {
        var earlier = Edition(2024, Leaf("1", 10) with { Inputs = [new InputDefinition { Id = "a", Type = InputType.Integer }] });
        var later = Edition(2025, Leaf("1", 10) with { Inputs = [new InputDefinition { Id = "a", Type = InputType.Number }] });

        var change = Assert.Single(FrameworkDiff.Compare(earlier, later).Changes);

        Assert.Equal(NodeChangeKind.InputsChanged, change.Kind);
        Assert.False(FrameworkDiff.Compare(earlier, later).Link("1")!.Comparable);
    }

    [Fact]
    public void Compare_ParentWithoutMaxAgainstSameSum_NoMaxChange()
    {
        var earlier = Edition(2024, Parent("1", 30, Leaf("1.1", 10), Leaf("1.2", 20)));
        var later = Edition(2025, Parent("1", 30, Leaf("1.1", 10), Leaf("1.2", 20)) with { MaxPoints = null });

        Assert.Empty(FrameworkDiff.Compare(earlier, later).Changes);
    }
}
