using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ChiSo.Files.Results;

namespace ChiSo.Cli.Output;

/// <summary>
/// Writes a <see cref="ResultTable"/> as UTF-8 CSV. A results table can hold millions of cells: numbers are
/// formatted straight into UTF-8 bytes (shortest round-trip text, no string per cell), and the parts of a large table
/// are formatted on all cores, then written in order.
/// </summary>
internal static class CsvRows
{
    private const int ParallelRows = 2_000;

    public static void Write(ResultTable table, Stream stream)
    {
        var header = Encoding.UTF8.GetBytes(string.Join(',', table.Columns.Select(c => TableRenderers.Quote(c.Name))) + "\n");
        stream.Write(header);
        var rows = table.Rows.Count;
        if (rows < ParallelRows)
        {
            stream.Write(Format(table, 0, rows).WrittenSpan);
            return;
        }

        // More parts than cores, so that a core shared with another process does not hold the others up.
        var parts = Math.Min(Environment.ProcessorCount * 4, rows / (ParallelRows / 2));
        var formatted = new ArrayBufferWriter<byte>[parts];
        Parallel.For(0, parts, p => formatted[p] = Format(table, (int)((long)rows * p / parts), (int)((long)rows * (p + 1) / parts)));
        foreach (var part in formatted)
        {
            stream.Write(part.WrittenSpan);
        }
    }

    private static ArrayBufferWriter<byte> Format(ResultTable table, int from, int to)
    {
        // About 20 bytes a cell: sized once so that the buffer seldom grows.
        var output = new ArrayBufferWriter<byte>(Math.Max(1024, (to - from) * table.Columns.Length * 20));
        if (table.Rows is ColumnRows columns)
        {
            FormatColumns(output, table, columns, from, to);
            return output;
        }

        for (var r = from; r < to; r++)
        {
            var row = table.Rows[r];
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    Put(output, (byte)',');
                }

                Cell(output, row[i], table.Columns[i]);
            }

            Put(output, (byte)'\n');
        }

        return output;
    }

    /// <summary>The cells of rows held as columns, read from their arrays, as <see cref="Cell"/> writes them.</summary>
    private static void FormatColumns(ArrayBufferWriter<byte> output, ResultTable table, ColumnRows rows, int from, int to)
    {
        var columns = rows.Columns;
        var kinds = new byte[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            kinds[i] = columns[i] switch
            {
                double[] => 1,
                int[] when table.Columns[i].Kind == ColumnKind.Rank => 2,
                int[] => 3,
                _ => 0,
            };
        }

        // Numbers take at most 32 bytes and a comma: a row of them is written into one span, advanced once.
        var numbersRow = 33 * columns.Length + 1;
        for (var r = from; r < to; r++)
        {
            var unit = rows.Order[r];
            var span = output.GetSpan(numbersRow);
            var at = 0;
            for (var i = 0; i < columns.Length; i++)
            {
                if (i > 0)
                {
                    span[at++] = (byte)',';
                }

                switch (kinds[i])
                {
                    case 1:
                        var value = Unsafe.As<double[]>(columns[i])[unit];
                        if (!double.IsNaN(value))
                        {
                            ShortestDouble.TryFormat(value, span[at..], out var length);
                            at += length;
                        }

                        break;
                    case 2 or 3:
                        var rank = Unsafe.As<int[]>(columns[i])[unit];
                        if (rank != 0 || kinds[i] == 3)
                        {
                            rank.TryFormat(span[at..], out var digits, default, CultureInfo.InvariantCulture);
                            at += digits;
                        }

                        break;
                    default:
                        // Text has no bound: through the general cell writer, then a fresh span for the rest.
                        output.Advance(at);
                        Cell(output, ((string[])columns[i])[unit], table.Columns[i]);
                        span = output.GetSpan(numbersRow);
                        at = 0;
                        break;
                }
            }

            span[at++] = (byte)'\n';
            output.Advance(at);
        }
    }

    private static void Cell(ArrayBufferWriter<byte> output, object? cell, ResultColumn column)
    {
        var span = output.GetSpan(32);
        switch (cell)
        {
            case double d when double.IsNaN(d):
                return;
            case double d when ShortestDouble.TryFormat(d, span, out var written):
                output.Advance(written);
                return;
            case int n when n == 0 && column.Kind == ColumnKind.Rank:
                return;
            case int n when n.TryFormat(span, out var written, default, CultureInfo.InvariantCulture):
                output.Advance(written);
                return;
            default:
                var text = TableRenderers.Machine(cell, column);
                var bytes = Encoding.UTF8.GetByteCount(text);
                output.Advance(Encoding.UTF8.GetBytes(text, output.GetSpan(bytes)));
                return;
        }
    }

    private static void Put(ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}
