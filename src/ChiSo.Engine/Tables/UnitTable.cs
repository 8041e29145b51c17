using System.Collections.Immutable;

namespace ChiSo.Engine.Tables;

/// <summary>
/// A unit data table: uCode, optional uName, optional group columns, then named value columns whose cells may be
/// numbers or text (e.g. <c>có</c>, choice keys, dates). Each value column is a <see cref="RawColumn"/>: use
/// <see cref="RawColumn.KindAt"/>, <see cref="RawColumn.Numbers"/> and <see cref="RawColumn.TextAt"/>, and
/// <see cref="Lines"/> for the source line of each row.
/// </summary>
/// <param name="File">The file name for messages.</param>
/// <param name="UnitCodes">Unit codes, one per row.</param>
/// <param name="UnitNames">Unit names (the code when there is no uName column).</param>
/// <param name="Lines">Source line of each row.</param>
/// <param name="Groups">Group columns, by the names asked for.</param>
/// <param name="Values">Every other column, in file order.</param>
public sealed record UnitTable(
    string? File,
    ImmutableArray<string> UnitCodes,
    ImmutableArray<string> UnitNames,
    ImmutableArray<int> Lines,
    ImmutableArray<RawColumn> Groups,
    ImmutableArray<RawColumn> Values)
{
    /// <summary>The value column named <paramref name="name"/>, or null.</summary>
    public RawColumn? Value(string name) => Values.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// Interprets a raw table. Requires uCode; reports empty and duplicate unit codes and missing group columns.
    /// </summary>
    /// <param name="read">The raw table and the problems of reading it.</param>
    /// <param name="groupColumns">Names of the columns that hold comparison groups.</param>
    /// <returns>The table (null when uCode is missing or the file was unreadable) and every problem.</returns>
    public static (UnitTable? Table, ImmutableArray<Problem> Problems) Interpret(TableRead read, IReadOnlyCollection<string> groupColumns)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(groupColumns);
        var problems = new List<Problem>(read.Problems);
        if (read.Table is not { } table)
        {
            return (null, [.. problems]);
        }

        var units = UnitColumns.Read(table, problems);
        var groups = ImmutableArray.CreateBuilder<RawColumn>();
        foreach (var name in groupColumns)
        {
            if (table.Find(name) is { } column)
            {
                groups.Add(column);
            }
            else
            {
                problems.Add(TableProblems.MissingColumn(table.File, name));
            }
        }

        var reserved = new HashSet<string>(groupColumns, StringComparer.Ordinal) { "uCode", "uName" };
        var values = table.Columns.Where(c => !reserved.Contains(c.Name)).ToImmutableArray();
        if (units is null)
        {
            return (null, [.. problems]);
        }

        return (new UnitTable(table.File, units.Value.Codes, units.Value.Names, table.RowLines, groups.ToImmutable(), values), [.. problems]);
    }
}
