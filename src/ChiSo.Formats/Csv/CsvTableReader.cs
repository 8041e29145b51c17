using ChiSo.Engine.Composite.Coinr;
using ChiSo.Engine.Tables;
using Sylvan.Data.Csv;

namespace ChiSo.Formats.Csv;

/// <summary>
/// Reads a CSV file (header row first; delimiter detected from the header: comma, semicolon, tab or pipe) into a
/// <see cref="RawTable"/>. Numbers are parsed straight from the field characters, so numeric cells cost no strings.
/// </summary>
public static class CsvTableReader
{
    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The file name to put in messages.</param>
    public static TableRead Read(TextReader reader, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 });
            var headers = new string?[csv.FieldCount];
            for (var c = 0; c < headers.Length; c++)
            {
                headers[c] = csv.GetName(c);
            }

            var builder = new RawTableBuilder(fileName, headers, 1);
            var sources = builder.SourceColumns;
            while (csv.Read())
            {
                // RowNumber counts data records from 1; +1 for the header gives the file line when no field spans lines.
                builder.BeginRow(csv.RowNumber + 1);
                var fields = csv.RowFieldCount;
                for (var k = 0; k < sources.Count; k++)
                {
                    var ordinal = sources[k] - 1;
                    if (ordinal < fields)
                    {
                        builder.SetText(k, csv.GetFieldSpan(ordinal));
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

    /// <summary>Reads a CSV file (UTF-8, with or without BOM).</summary>
    /// <param name="path">The file path; its name is used in messages.</param>
    public static TableRead ReadFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            return Read(reader, Path.GetFileName(path));
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
