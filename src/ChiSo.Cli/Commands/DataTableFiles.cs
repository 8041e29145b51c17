using ChiSo.Engine;
using ChiSo.Engine.Tables;
using ChiSo.Files.Tables;
using ChiSo.Files.Csv;

namespace ChiSo.Cli.Commands;

/// <summary>Reads a table file (CSV, or the first sheet of a workbook) into a <see cref="RawTable"/>.</summary>
internal static class DataTableFiles
{
    public static TableRead Read(string path)
    {
        if (!File.Exists(path))
        {
            return new TableRead(null, [Missing(path)]);
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => XlsxTableReader.ReadFile(path),
            _ => CsvTableReader.ReadFile(path),
        };
    }

    /// <summary>The problem every verb reports for a file that is not there.</summary>
    public static Problem Missing(string path) => Problem.Error("IO001", path, SourceSpan.None,
        "Không tìm thấy tệp. Hãy kiểm tra đường dẫn.", "File not found. Check the path.");
}
