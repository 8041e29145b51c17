using System.Collections.Immutable;

namespace ChiSo.Engine.Composite;

/// <summary>A column of group labels, one per unit; null where the unit has no label.</summary>
/// <param name="Code">The column name (e.g. <c>GDP_group</c>).</param>
/// <param name="Labels">One label per unit, in unit order.</param>
public sealed record GroupColumn(string Code, ImmutableArray<string?> Labels);

/// <summary>
/// The units and their indicator values, column-major: one <c>double[]</c> per indicator, one entry per unit,
/// <see cref="double.NaN"/> where a value is missing. The engine never writes into these arrays.
/// </summary>
/// <param name="UnitCodes">Unique unit codes (uCode).</param>
/// <param name="UnitNames">Unit names (uName), same order.</param>
/// <param name="Groups">Group columns.</param>
/// <param name="Columns">Indicator values by indicator code.</param>
public sealed record Dataset(
    ImmutableArray<string> UnitCodes,
    ImmutableArray<string> UnitNames,
    ImmutableArray<GroupColumn> Groups,
    ImmutableDictionary<string, double[]> Columns)
{
    /// <summary>The number of units.</summary>
    public int UnitCount => UnitCodes.Length;

    /// <summary>The group column named <paramref name="code"/>, or null.</summary>
    public GroupColumn? Group(string code)
    {
        foreach (var group in Groups)
        {
            if (string.Equals(group.Code, code, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return null;
    }
}
