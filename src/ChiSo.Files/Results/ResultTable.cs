namespace ChiSo.Files.Results;

/// <summary>
/// A table of results to write as a workbook: plain data, so that hosts map their own result types to it.
/// Cells may be <see cref="string"/>, <see cref="double"/>, <see cref="int"/>, <see cref="long"/>,
/// <see cref="decimal"/>, <see cref="DateOnly"/>, <see cref="bool"/> or null (an empty cell).
/// </summary>
/// <param name="Title">The sheet name (cut to Excel's 31 characters).</param>
/// <param name="Columns">The header row.</param>
/// <param name="Rows">One list of cells per row, in column order.</param>
/// <param name="Decimals">Decimals shown for non-integer numbers (the framework's display decimals).</param>
public sealed record ResultTable(
    string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, int Decimals = 4);
