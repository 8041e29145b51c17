using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ChiSo.Engine.Tables;
using csFastFloat;

namespace ChiSo.Files.Csv;

/// <summary>
/// The fast path for a large table with no quote character below its header, which is what numeric exports are:
/// every line feed then ends a record and every delimiter ends a field, so fields are cut straight from the UTF-8
/// bytes and numbers parsed from them (csFastFloat reads UTF-8), without decoding to UTF-16; rows go straight into
/// columns sized once, in chunks spread over the cores, and no halves are appended afterwards. Cells are classified
/// as <see cref="CsvTableReader"/> classifies them, so the table is the one the general path reads. A file this path
/// could read differently (quotes, an empty line, a lone carriage return, a record near the general reader's buffer)
/// is left to the general path. Measured with bench/process (10,000 units × 300 indicators, 54 MB): reading took
/// about 0,30 s of CPU through Sylvan and about 0,12 s here.
/// </summary>
internal static class CsvPlainRows
{
    // The general reader's buffer holds 65,536 characters; a record this long or longer goes to it, whatever it does.
    private const int LongestRecord = 1 << 15;

    // Chunks per core: more chunks than cores keep both cores busy when one is shared with another process.
    private const int ChunksPerCore = 4;

    private const int SmallestChunk = 1 << 18;

    /// <summary>The table, or null when the file needs the general path.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="length">Its length in bytes.</param>
    /// <param name="dataStart">Where the first record after the header starts (the header is line 1).</param>
    /// <param name="delimiter">The header's delimiter.</param>
    /// <param name="headers">The header cells.</param>
    /// <param name="fileName">The file name for messages.</param>
    public static unsafe TableRead? TryRead(byte* bytes, int length, int dataStart, char delimiter, string?[] headers, string fileName)
    {
        var data = new ReadOnlySpan<byte>(bytes + dataStart, length - dataStart);
        if (data.IsEmpty || !IsPlain(data))
        {
            return null;
        }

        var starts = ChunkStarts(data);
        var ends = new int[starts.Length];
        var firstRow = new int[starts.Length];
        var total = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            ends[i] = i + 1 < starts.Length ? starts[i + 1] : data.Length;
            var chunk = data[starts[i]..ends[i]];
            firstRow[i] = total;
            total += chunk.Count((byte)'\n') + (chunk[^1] == (byte)'\n' ? 0 : 1);
        }

        var builder = new RawTableBuilder(fileName, headers, 1, total);
        builder.AddRows(total, 2);
        var columnOf = new int[headers.Length];
        Array.Fill(columnOf, -1);
        for (var k = 0; k < builder.SourceColumns.Count; k++)
        {
            columnOf[builder.SourceColumns[k] - 1] = k;
        }

        var tooLong = false;
        Parallel.For(0, starts.Length, i =>
        {
            if (!ReadChunk(new ReadOnlySpan<byte>(bytes + dataStart + starts[i], ends[i] - starts[i]), firstRow[i], (byte)delimiter, columnOf, builder))
            {
                tooLong = true;
            }
        });
        return tooLong ? null : builder.Build();
    }

    private static bool IsPlain(ReadOnlySpan<byte> data)
    {
        if (data.Contains((byte)'"') || data[0] == (byte)'\n' || data.StartsWith("\r\n"u8)
            || data.IndexOf("\n\n"u8) >= 0 || data.IndexOf("\n\r\n"u8) >= 0)
        {
            return false;
        }

        return !data.Contains((byte)'\r') || data.Count((byte)'\r') == data.Count("\r\n"u8);
    }

    /// <summary>Chunk boundaries, each just after a line feed (or 0).</summary>
    private static int[] ChunkStarts(ReadOnlySpan<byte> data)
    {
        var wanted = Math.Clamp(data.Length / SmallestChunk, 1, Environment.ProcessorCount * ChunksPerCore);
        var starts = new List<int> { 0 };
        for (var i = 1; i < wanted; i++)
        {
            var from = Math.Max((int)((long)data.Length * i / wanted), starts[^1]);
            var feed = data[from..].IndexOf((byte)'\n');
            if (feed >= 0 && from + feed + 1 < data.Length && from + feed + 1 > starts[^1])
            {
                starts.Add(from + feed + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>Reads the records of one chunk into rows from <paramref name="row"/>; false when a record is too long.</summary>
    /// <remarks>
    /// Compiled by the JIT when first called rather than taken from the ReadyToRun image: ahead-of-time code may not
    /// inline across assemblies nor assume the processor's instructions, and this loop ran about 45 % slower in it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadChunk(ReadOnlySpan<byte> chunk, int row, byte delimiter, int[] columnOf, RawTableBuilder builder)
    {
        var chars = ArrayPool<char>.Shared.Rent(LongestRecord);
        try
        {
            while (!chunk.IsEmpty)
            {
                var end = chunk.IndexOf((byte)'\n');
                var record = end < 0 ? chunk : chunk[..end];
                if (record.Length >= LongestRecord)
                {
                    return false;
                }

                if (record[^1] == (byte)'\r')
                {
                    record = record[..^1];
                }

                ReadRecord(record, row++, delimiter, columnOf, builder, chars);
                chunk = end < 0 ? [] : chunk[(end + 1)..];
            }

            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ReadRecord(ReadOnlySpan<byte> record, int row, byte delimiter, int[] columnOf, RawTableBuilder builder, char[] chars)
    {
        for (var ordinal = 0; ordinal < columnOf.Length; ordinal++)
        {
            var column = columnOf[ordinal];
            int length;
            if (column >= 0 && TryNumber(record, delimiter, out length, out var value))
            {
                builder.SetNumber(column, row, value);
            }
            else
            {
                length = record.IndexOf(delimiter);
                length = length < 0 ? record.Length : length;
                if (column >= 0)
                {
                    builder.SetText(column, row, chars.AsSpan(0, Encoding.UTF8.GetChars(record[..length], chars)));
                }
            }

            if (length == record.Length)
            {
                return;
            }

            record = record[(length + 1)..];
        }
    }

    /// <summary>
    /// A plain decimal number at the start of <paramref name="rest"/> that fills its field, as
    /// <see cref="CsvTableReader"/> accepts one: parsed where it lies, then checked to end at the delimiter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryNumber(ReadOnlySpan<byte> rest, byte delimiter, out int length, out double value)
    {
        length = 0;
        value = 0;
        if (rest.IsEmpty || !IsPlainStart(rest)
            || !FastDoubleParser.TryParseDouble(rest, out length, out value, NumberStyles.Float, (byte)'.'))
        {
            return false;
        }

        return length is > 0 and < 64 && (length == rest.Length || rest[length] == delimiter) && double.IsFinite(value);
    }

    // As CsvTableReader.IsPlainStart: codes with leading zeros ("06") keep their text through the builder.
    private static bool IsPlainStart(ReadOnlySpan<byte> field) =>
        (char.IsAsciiDigit((char)field[0]) || field[0] is (byte)'-' or (byte)'.')
        && !(field[0] == (byte)'0' && field.Length > 1 && char.IsAsciiDigit((char)field[1]));
}
