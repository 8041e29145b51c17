using System.Collections.Immutable;

namespace ChiSo.Cli.Output;

/// <summary>What kind of values a column holds, and so how it is written.</summary>
internal enum ColumnKind
{
    Text,
    Number,
    Rank,
}

/// <summary>A column: its machine name (CSV/JSON header), its title for people and its kind.</summary>
internal sealed record ResultColumn(string Name, string Title, ColumnKind Kind, int Decimals = 4);

/// <summary>
/// A table of results, independent of where it goes (text table, CSV, JSON, XLSX). Cells are string, double
/// (NaN = missing) or int (0 = unranked).
/// </summary>
internal sealed record ResultTable(string Title, ImmutableArray<ResultColumn> Columns, IReadOnlyList<object?[]> Rows);
