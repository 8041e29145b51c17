using System.Globalization;
using ChiSo.Engine.Composite.Coinr;
using ChiSo.Engine.Tables;
using csFastFloat;
using Sylvan.Data.Csv;

namespace ChiSo.Files.Csv;

/// <summary>
/// Reads a CSV file (header row first; delimiter detected from the header: comma, semicolon, tab or pipe) into a
/// <see cref="RawTable"/>. Numbers are parsed straight from the field characters, so numeric cells cost no strings.
/// </summary>
public static class CsvTableReader
{
    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The file name to put in messages.</param>
    public static TableRead Read(TextReader reader, string? fileName) => Read(reader, fileName, 64, null);

    /// <summary>
    /// Reads CSV text. With <paramref name="presetHeaders"/> the text has no header row (it is the later part of a
    /// file) and its line numbers count from 1 for its first record.
    /// </summary>
    internal static TableRead Read(TextReader reader, string? fileName, int capacity, string?[]? presetHeaders, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            var options = new CsvDataReaderOptions { HasHeaders = presetHeaders is null, BufferSize = 1 << 16, Delimiter = delimiter };
            using var csv = CsvDataReader.Create(reader, options);
            var headers = presetHeaders ?? new string?[csv.FieldCount];
            for (var c = 0; presetHeaders is null && c < headers.Length; c++)
            {
                headers[c] = csv.GetName(c);
            }

            var headerLines = presetHeaders is null ? 1 : 0;

            var builder = new RawTableBuilder(fileName, headers, 1, capacity);
            var sources = builder.SourceColumns;
            while (csv.Read())
            {
                // RowNumber counts data records from 1; +1 for the header gives the file line when no field spans lines.
                builder.BeginRow(csv.RowNumber + headerLines);
                var fields = csv.RowFieldCount;
                for (var k = 0; k < sources.Count; k++)
                {
                    var ordinal = sources[k] - 1;
                    if (ordinal < fields)
                    {
                        SetCell(builder, k, csv.GetFieldSpan(ordinal));
                    }
                }
            }

            return builder.Build();
        }
        catch (Exception e) when (e is CsvFormatException or IOException)
        {
            return new TableRead(null, [TableProblems.Unreadable(fileName, e.Message)]);
        }
    }

    /// <summary>
    /// A plain decimal number goes straight in as a number: csFastFloat parses it about three times faster than
    /// <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out double)"/> and, like it,
    /// rounds correctly, so the value is the same. Anything else (blank, NA, codes with leading zeros, text, what
    /// only .NET's parser accepts) goes through the builder's shared classification.
    /// </summary>
    private static void SetCell(RawTableBuilder builder, int column, ReadOnlySpan<char> field)
    {
        if (field.Length is > 0 and < 64 && IsPlainStart(field)
            && FastDoubleParser.TryParseDouble(field, out var consumed, out var value, NumberStyles.Float, '.')
            && consumed == field.Length && double.IsFinite(value))
        {
            builder.SetNumber(column, value);
            return;
        }

        builder.SetText(column, field);
    }

    // Codes with leading zeros ("06") keep their text in the builder; spaces, "+" or letters take its slower path.
    private static bool IsPlainStart(ReadOnlySpan<char> field) =>
        (char.IsAsciiDigit(field[0]) || field[0] is '-' or '.') && !(field[0] == '0' && field.Length > 1 && char.IsAsciiDigit(field[1]));

    /// <summary>Reads a CSV file (UTF-8, with or without BOM). Large files are read in two halves in parallel.</summary>
    /// <param name="path">The file path; its name is used in messages.</param>
    public static TableRead ReadFile(string path)
    {
        try
        {
            return CsvChunks.ReadFile(path, Path.GetFileName(path), CsvChunks.ParallelThreshold);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TableRead(null, [TableProblems.Unreadable(Path.GetFileName(path), e.Message)]);
        }
    }
}

/// <summary>Reads COINr's iMeta and iData tables from two CSV files.</summary>
public static class CoinrCsv
{
    /// <summary>Reads and interprets both files, reporting every problem in either.</summary>
    /// <param name="iMetaPath">The iMeta CSV.</param>
    /// <param name="iDataPath">The iData CSV.</param>
    public static CoinrImport Read(string iMetaPath, string iDataPath) =>
        CoinrTables.Interpret(CsvTableReader.ReadFile(iMetaPath), CsvTableReader.ReadFile(iDataPath));
}
