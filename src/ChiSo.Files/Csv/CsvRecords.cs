using System.Collections.Immutable;
using ChiSo.Engine;
using Sylvan.Data.Csv;

namespace ChiSo.Files.Csv;

/// <summary>A data record of a CSV file: its 1-based line and its fields.</summary>
/// <param name="Line">The line the record starts on (the header is line 1).</param>
/// <param name="Fields">The fields as written, quotes removed.</param>
public sealed record CsvRecord(int Line, ImmutableArray<string> Fields)
{
    /// <summary>The field at <paramref name="index"/> trimmed, or "" when the record is shorter or the index is negative.</summary>
    public string Field(int index) => index >= 0 && index < Fields.Length ? Fields[index].Trim() : "";
}

/// <summary>
/// The project's one reader of small, flat CSV files (units files, the shipped registry, criteria sheets): a header
/// row, then records, read with Sylvan.Data.Csv (RFC 4180 quoting, a leading BOM ignored). Records whose fields are
/// all blank are skipped. Large numeric tables go through <see cref="CsvTableReader"/> instead, on the same library.
/// </summary>
public static class CsvRecords
{
    /// <summary>
    /// Reads the header (as written, trimmed) and every non-blank record. A file that breaks CSV's quoting rules is
    /// refused as a whole: no records, one problem naming the line (found by scripts/fuzz: the library throws).
    /// </summary>
    public static (ImmutableArray<string> Header, ImmutableArray<CsvRecord> Records, ImmutableArray<Problem> Problems) Read(
        TextReader reader, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            var (header, records) = ReadAll(reader);
            return (header, records, []);
        }
        catch (CsvFormatException e)
        {
            var line = e.RowNumber + 1;
            return ([], [], [Problem.Error("CSV001", fileName, new SourceSpan(line, 0),
                $"Tệp CSV hỏng ở dòng {line}: một ô mở dấu nháy kép (\") nhưng sau dấu nháy đóng không phải dấu phẩy hay xuống dòng. Hãy lưu lại tệp từ Excel dưới dạng \"CSV UTF-8\" rồi tải lên lại.",
                $"The CSV file is broken on line {line}: a cell opens a double quote (\") but the closing quote is not followed by a comma or a line end. Save the file again from Excel as \"CSV UTF-8\" and upload it again.")]);
        }
    }

    private static (ImmutableArray<string> Header, ImmutableArray<CsvRecord> Records) ReadAll(TextReader reader)
    {
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true });
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().TrimStart('\uFEFF')).ToImmutableArray();
        var records = ImmutableArray.CreateBuilder<CsvRecord>();
        while (csv.Read())
        {
            var fields = new string[csv.RowFieldCount];
            var blank = true;
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
                blank &= string.IsNullOrWhiteSpace(fields[i]);
            }

            if (!blank)
            {
                records.Add(new CsvRecord(csv.RowNumber + 1, [.. fields]));
            }
        }

        return (header, records.ToImmutable());
    }
}
