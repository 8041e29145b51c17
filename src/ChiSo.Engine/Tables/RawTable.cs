using System.Collections.Immutable;
using System.Globalization;

namespace ChiSo.Engine.Tables;

/// <summary>What a table cell holds.</summary>
public enum CellKind
{
    /// <summary>Nothing (an empty field, or <c>NA</c>).</summary>
    Empty,

    /// <summary>A finite number, parsed with the invariant culture.</summary>
    Number,

    /// <summary>Any other text (e.g. <c>có</c>, a choice key, a date), kept as written.</summary>
    Text,
}

/// <summary>
/// One column of a <see cref="RawTable"/>. Numbers are stored unboxed; text is stored only for cells that are not
/// numbers, so a numeric column of a million cells holds no strings.
/// </summary>
public sealed class RawColumn
{
    internal RawColumn(string name, int sourceColumn, double[] numbers, string?[]? texts)
    {
        Name = name;
        SourceColumn = sourceColumn;
        Numbers = numbers;
        Texts = texts;
    }

    /// <summary>The header text.</summary>
    public string Name { get; }

    /// <summary>1-based column position in the source file (for messages).</summary>
    public int SourceColumn { get; }

    /// <summary>One value per row; NaN for empty and text cells.</summary>
    public double[] Numbers { get; }

    /// <summary>Text per row for text cells (null elsewhere); null when the column has no text cell.</summary>
    public string?[]? Texts { get; }

    /// <summary>What the cell at <paramref name="row"/> (0-based) holds.</summary>
    public CellKind KindAt(int row) =>
        !double.IsNaN(Numbers[row]) ? CellKind.Number : Texts?[row] is not null ? CellKind.Text : CellKind.Empty;

    /// <summary>
    /// The cell as text: the text as written when it was kept (non-numbers, and numbers written with leading
    /// zeros such as the code "06"), otherwise the number in invariant form; null when empty.
    /// </summary>
    public string? TextAt(int row) => Texts?[row] ?? (double.IsNaN(Numbers[row]) ? null : Numbers[row].ToString("R", CultureInfo.InvariantCulture));
}

/// <summary>
/// A table as read from CSV or XLSX, before any interpretation: a header row and cells that are empty, numbers
/// or text, with the source line of every row.
/// </summary>
/// <param name="File">The file (and sheet) name for messages.</param>
/// <param name="Columns">Columns in file order.</param>
/// <param name="RowLines">For each data row, its 1-based line (CSV) or row number (XLSX).</param>
public sealed record RawTable(string? File, ImmutableArray<RawColumn> Columns, ImmutableArray<int> RowLines)
{
    /// <summary>The number of data rows.</summary>
    public int RowCount => RowLines.Length;

    /// <summary>
    /// This table followed by the rows of <paramref name="other"/>, which must have the same columns; the other
    /// table's line numbers are shifted by <paramref name="lineOffset"/> (it was read from a later part of the file).
    /// </summary>
    public RawTable Append(RawTable other, int lineOffset)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Columns.Length != Columns.Length)
        {
            throw new ArgumentException("The tables have different columns.", nameof(other));
        }

        var columns = ImmutableArray.CreateBuilder<RawColumn>(Columns.Length);
        for (var c = 0; c < Columns.Length; c++)
        {
            var (a, b) = (Columns[c], other.Columns[c]);
            double[] numbers = [.. a.Numbers, .. b.Numbers];
            string?[]? texts = a.Texts is null && b.Texts is null
                ? null
                : [.. a.Texts ?? new string?[RowCount], .. b.Texts ?? new string?[other.RowCount]];
            columns.Add(new RawColumn(a.Name, a.SourceColumn, numbers, texts));
        }

        var lines = ImmutableArray.CreateBuilder<int>(RowCount + other.RowCount);
        lines.AddRange(RowLines);
        foreach (var line in other.RowLines)
        {
            lines.Add(line + lineOffset);
        }

        return this with { Columns = columns.MoveToImmutable(), RowLines = lines.MoveToImmutable() };
    }

    /// <summary>The column whose header is <paramref name="name"/> (ordinal, surrounding spaces ignored), or null.</summary>
    public RawColumn? Find(string name)
    {
        foreach (var column in Columns)
        {
            if (string.Equals(column.Name, name, StringComparison.Ordinal))
            {
                return column;
            }
        }

        return null;
    }
}

/// <summary>The outcome of reading a table: the table (null when it could not be read at all) and every problem.</summary>
/// <param name="Table">The table, or null.</param>
/// <param name="Problems">Problems found.</param>
public sealed record TableRead(RawTable? Table, ImmutableArray<Problem> Problems);
