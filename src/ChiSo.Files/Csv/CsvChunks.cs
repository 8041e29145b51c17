using System.IO.MemoryMappedFiles;
using System.Text;
using ChiSo.Engine.Tables;
using Sylvan.Data.Csv;

namespace ChiSo.Files.Csv;

/// <summary>
/// Reads a large CSV file as two halves at once, split at a record boundary near the middle: parsing numbers is
/// most of the cost of reading 10,000 units × 300 indicators, and it divides cleanly between two cores. The file
/// is memory-mapped, so no copy of it is made on the managed heap.
/// </summary>
internal static class CsvChunks
{
    /// <summary>Below this size one thread is as fast as two.</summary>
    public const long ParallelThreshold = 1 << 22;

    public static unsafe TableRead ReadFile(string path, string fileName, long parallelThreshold)
    {
        var length = new FileInfo(path).Length;
        if (length < parallelThreshold || length >= int.MaxValue)
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            return CsvTableReader.Read(reader, fileName, 64, null);
        }

        using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        try
        {
            var bytes = pointer + view.PointerOffset;
            return Read(bytes, (int)length, fileName);
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }

    private static unsafe TableRead Read(byte* bytes, int length, string fileName)
    {
        var all = new ReadOnlySpan<byte>(bytes, length);
        var start = all.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var headerEnd = RecordEnd(all, start, start);
        // Both halves split on the header's delimiter: guessed from a data row, a ";" file whose names and decimal
        // commas hold more "," than ";" would split the second half wrongly and silently.
        var delimiter = headerEnd < 0 ? ',' : DelimiterOf(all[start..(headerEnd + 1)]);
        var headers = headerEnd < 0 ? [] : Headers(all[start..(headerEnd + 1)], delimiter);
        if (headerEnd >= 0 && headerEnd < length - 1
            && CsvPlainRows.TryRead(bytes, length, headerEnd + 1, delimiter, headers, fileName) is { } plain)
        {
            return plain;
        }

        var split = headerEnd < 0 ? -1 : RecordEnd(all, start, Math.Max(headerEnd + 1, start + ((length - start) / 2)));
        if (headerEnd < 0 || split < 0 || split >= length - 1)
        {
            using var whole = Reader(bytes + start, length - start);
            return CsvTableReader.Read(whole, fileName, all.Count((byte)'\n') + 1, null);
        }

        var firstLength = split + 1 - start;
        var restLength = length - split - 1;
        var firstRows = all.Slice(start, firstLength).Count((byte)'\n');
        var restRows = all.Slice(split + 1, restLength).Count((byte)'\n') + 1;
        TableRead first = null!, rest = null!;
        Parallel.Invoke(
            () =>
            {
                using var reader = Reader(bytes + start, firstLength);
                first = CsvTableReader.Read(reader, fileName, firstRows, null, delimiter);
            },
            () =>
            {
                using var reader = Reader(bytes + split + 1, restLength);
                rest = CsvTableReader.Read(reader, fileName, restRows, headers, delimiter);
            });
        if (first.Table is null || rest.Table is null)
        {
            return new TableRead(null, [.. first.Problems, .. rest.Problems]);
        }

        // Header problems were reported by the first half; the second half's lines follow the first half's rows.
        var offset = 1 + first.Table.RowCount;
        var restProblems = rest.Problems.Select(p => p.At.IsKnown ? p with { At = p.At with { Line = p.At.Line + offset } } : p);
        return new TableRead(first.Table.Append(rest.Table, offset), [.. first.Problems, .. restProblems.Where(p => p.Code != "TB001")]);
    }

    private static unsafe StreamReader Reader(byte* bytes, int length) =>
        new(new UnmanagedMemoryStream(bytes, length), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);

    /// <summary>The header line's delimiter, as a reader guesses it: the most frequent of , tab ; | (the first on a tie).</summary>
    private static char DelimiterOf(ReadOnlySpan<byte> headerLine)
    {
        var best = ',';
        var most = 0;
        foreach (var candidate in ",\t;|")
        {
            var count = headerLine.Count((byte)candidate);
            if (count > most)
            {
                (best, most) = (candidate, count);
            }
        }

        return best;
    }

    private static string?[] Headers(ReadOnlySpan<byte> headerLine, char delimiter)
    {
        using var csv = CsvDataReader.Create(
            new StringReader(Encoding.UTF8.GetString(headerLine)), new CsvDataReaderOptions { HasHeaders = true, Delimiter = delimiter });
        var headers = new string?[csv.FieldCount];
        for (var c = 0; c < headers.Length; c++)
        {
            headers[c] = csv.GetName(c);
        }

        return headers;
    }

    /// <summary>
    /// The position of the first line feed at or after <paramref name="from"/> that ends a record: one with an even
    /// number of quote characters before it (RFC 4180 doubles quotes inside fields, so parity tells inside from
    /// outside). −1 when there is none.
    /// </summary>
    private static int RecordEnd(ReadOnlySpan<byte> bytes, int start, int from)
    {
        var quotes = bytes[start..from].Count((byte)'"');
        for (var i = from; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'"')
            {
                quotes++;
            }
            else if (bytes[i] == (byte)'\n' && quotes % 2 == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
