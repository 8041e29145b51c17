using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;

namespace ChiSo.Data.Results;

/// <summary>
/// One column of a results table: a framework node (the total first, then the tree in plan order) or a view (a named
/// combination of nodes the edition declares, ranked like a node), in the order the snapshot stores them.
/// </summary>
/// <param name="Index">The node's index in <see cref="CampaignResults.Stored"/>.</param>
/// <param name="Code">The node's or view's code.</param>
/// <param name="Name">Its name in both languages (the total's is the framework's title).</param>
/// <param name="Depth">0 for the total, 1 for the framework's roots; views have depth 1.</param>
/// <param name="ParentCode">The parent node's code; null for the total and for views.</param>
/// <param name="MaxPoints">The most points the node gives (the total's is the framework's); null when not stated.</param>
/// <param name="IsView">True for a view, false for a framework node.</param>
/// <param name="Scored">False for nodes assessed but not scored.</param>
public sealed record ResultColumn(int Index, string Code, Bilingual Name, double? MaxPoints, int Depth, string? ParentCode, bool IsView, bool Scored);

/// <summary>One assessed unit of a results table.</summary>
/// <param name="Index">The unit's index in <see cref="CampaignResults.Stored"/>.</param>
/// <param name="UnitId">The unit's row (null when the snapshot names a code the campaign no longer lists).</param>
/// <param name="Code">The unit's official code.</param>
/// <param name="Name">The unit's name (its code when the campaign no longer lists it).</param>
/// <param name="Level">The unit's level, when known.</param>
/// <param name="ParentCode">The unit's parent (a commune's province); null for top-level units.</param>
/// <param name="ParentName">The parent's name.</param>
/// <param name="GroupCode">The comparison group the campaign put the unit in, if any.</param>
public sealed record ResultUnit(
    int Index, int? UnitId, string Code, string Name, UnitLevel? Level, string? ParentCode, string? ParentName, string? GroupCode);

/// <summary>The campaign a results table belongs to.</summary>
public sealed record ResultsCampaign(
    int Id, string Name, int Year, int EditionId, string FrameworkId, int Edition, string Title, string? TitleEn, bool IsDemo);

/// <summary>
/// A stored round's results ready to show: the snapshot's numbers (<see cref="Stored"/>), the framework edition they
/// were computed with, and the names of its columns and units. Built by <see cref="ResultsReader"/> and shared between
/// requests (a snapshot never changes), so treat it as read-only.
/// </summary>
public sealed class CampaignResults
{
    public required ResultsCampaign Campaign { get; init; }

    public required int SnapshotId { get; init; }

    /// <summary>0 for the self-assessment, 1 and 2 for the review rounds.</summary>
    public required int Round { get; init; }

    public required bool Published { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required string PayloadHash { get; init; }

    /// <summary>The published snapshot this one replaced after a reopening, and why.</summary>
    public int? SupersedesId { get; init; }

    public string? Reason { get; init; }

    public required FrameworkDefinition Definition { get; init; }

    public required ScoringPlan Plan { get; init; }

    /// <summary>Every node and view, in the snapshot's order (index = <see cref="ResultColumn.Index"/>).</summary>
    public required IReadOnlyList<ResultColumn> Columns { get; init; }

    /// <summary>Every unit, in the snapshot's order (index = <see cref="ResultUnit.Index"/>).</summary>
    public required IReadOnlyList<ResultUnit> Units { get; init; }

    public required StoredResults Stored { get; init; }

    /// <summary>
    /// The tree level a ranking table shows by default, as the ministry's tables do: 1, or 2 when the framework's
    /// roots are fewer than four groups that all have children (the DTI's two groups over its nine main indices).
    /// </summary>
    public int MainDepth => _mainDepth ??= Definition.Tree.Length is > 0 and < 4 && Definition.Tree.All(n => !n.IsLeaf) ? 2 : 1;

    private int? _mainDepth;

    /// <summary>The main indices (the nodes at <see cref="MainDepth"/>, scored, in plan order), then the views.</summary>
    public IEnumerable<ResultColumn> MainColumns => Columns.Where(c => c.Scored && c.Index > 0 && (c.IsView || c.Depth == MainDepth));

    /// <summary>The column of a node or view code, or null.</summary>
    public ResultColumn? Column(string code) => Stored.TryGetNode(code, out var n) ? Columns[n] : null;

    /// <summary>The unit of a code, or null.</summary>
    public ResultUnit? Unit(string code) => Stored.TryGetUnit(code, out var u) ? Units[u] : null;
}
