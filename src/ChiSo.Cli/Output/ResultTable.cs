using System.Collections.Immutable;

namespace ChiSo.Cli.Output;

/// <summary>What kind of values a column holds, and so how it is written.</summary>
internal enum ColumnKind
{
    Text,
    Number,
    Rank,
    Date,
}

/// <summary>A cell with a machine value (CSV, JSON) and words for people in each language.</summary>
internal sealed record LabelledCell(string Machine, string Vi, string En);

/// <summary>A column: its machine name (CSV/JSON header), its title for people and its kind.</summary>
internal sealed record ResultColumn(string Name, string Title, ColumnKind Kind, int Decimals = 4);

/// <summary>
/// A table of results, independent of where it goes (text table, CSV, JSON, XLSX). Cells are string, double
/// (NaN = missing), int (0 = unranked), DateOnly (dd/MM/yyyy for people, ISO for machines) or <see cref="LabelledCell"/>.
/// </summary>
internal sealed record ResultTable(string Title, ImmutableArray<ResultColumn> Columns, IReadOnlyList<object?[]> Rows);
