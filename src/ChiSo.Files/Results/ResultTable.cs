using System.Collections.Immutable;

namespace ChiSo.Files.Results;

/// <summary>What kind of values a column holds, and so how it is written.</summary>
public enum ColumnKind
{
    Text,
    Number,

    /// <summary>Ranks: 0 is "not ranked" and is written as an empty cell.</summary>
    Rank,
    Date,
}

/// <summary>A cell with a machine value (CSV, JSON) and words for people in each language.</summary>
public sealed record LabelledCell(string Machine, string Vi, string En);

/// <summary>A column: its machine name (CSV/JSON header), its title for people and its kind.</summary>
public sealed record ResultColumn(string Name, string Title, ColumnKind Kind, int Decimals = 4);

/// <summary>A heading over several adjacent columns (a workbook's first header row, merged across them).</summary>
/// <param name="Title">The heading.</param>
/// <param name="Span">How many columns it covers (at least 1).</param>
public sealed record HeaderBand(string Title, int Span);

/// <summary>
/// A table of results, independent of where it goes (text table, CSV, JSON, XLSX): plain data, so that hosts map
/// their own result types to it. Cells are string, double (NaN = missing), int or long (a rank of 0 = unranked),
/// decimal, bool, DateOnly (dd/MM/yyyy for people, ISO for machines), <see cref="LabelledCell"/> or null (empty).
/// </summary>
public sealed record ResultTable(string Title, ImmutableArray<ResultColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>
    /// Headings over groups of columns, left to right, covering every column (the ministry's layout: an index's name
    /// over its points and its rank); empty for a one-row header. Only the workbook writes them.
    /// </summary>
    public ImmutableArray<HeaderBand> Bands { get; init; } = [];
}
