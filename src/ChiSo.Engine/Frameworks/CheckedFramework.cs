using System.Collections.Immutable;
using ChiSo.Engine.Scoring;

namespace ChiSo.Engine.Frameworks;

/// <summary>
/// A framework as read and checked: the definition and its scoring plan when it has no error, and every problem of
/// reading and validation. What <see cref="FrameworkValidator.Check"/> returns and every framework source gives.
/// </summary>
/// <param name="Framework">The definition; null when there is any error.</param>
/// <param name="Plan">The scoring plan, each rule compiled once; null when there is any error.</param>
/// <param name="Problems">Errors and warnings of reading and validation.</param>
public sealed record CheckedFramework(FrameworkDefinition? Framework, ScoringPlan? Plan, ImmutableArray<Problem> Problems)
{
    /// <summary>True when the framework can be scored (no error).</summary>
    public bool IsValid => Plan is not null;

    /// <summary>A source that could not be read into a framework at all.</summary>
    public static CheckedFramework Unread(ImmutableArray<Problem> problems) => new(null, null, problems);
}
