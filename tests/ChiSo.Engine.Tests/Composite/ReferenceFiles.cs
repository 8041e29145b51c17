using System.Globalization;
using System.Text;
using ChiSo.Engine.Tables;

namespace ChiSo.Engine.Tests.Composite;

/// <summary>Finds and parses the committed reference files (ReferenceResults/) without a CSV library.</summary>
internal static class ReferenceFiles
{
    public static string Folder() => RepositoryRoot.Of("tests", "ChiSo.Engine.Tests", "ReferenceResults");

    public static TableRead ReadTable(string relativePath) => ParseCsv(File.ReadAllText(Path.Combine(Folder(), relativePath)), relativePath);

    public static TableRead ParseCsv(string text, string? file)
    {
        var records = Records(text).ToList();
        var builder = new RawTableBuilder(file, records[0].Fields, records[0].Line);
        foreach (var (line, fields) in records.Skip(1))
        {
            builder.BeginRow(line);
            for (var k = 0; k < builder.SourceColumns.Count; k++)
            {
                var ordinal = builder.SourceColumns[k] - 1;
                if (ordinal < fields.Count)
                {
                    builder.SetText(k, fields[ordinal]);
                }
            }
        }

        return builder.Build();
    }

    public static List<(string Unit, string Node, double Score, int Rank)> ReadGolden(string name) =>
        [.. Records(File.ReadAllText(Path.Combine(Folder(), name))).Skip(1).Select(r => (
            r.Fields[0],
            r.Fields[1],
            r.Fields[2].Length == 0 ? double.NaN : double.Parse(r.Fields[2], CultureInfo.InvariantCulture),
            r.Fields[3].Length == 0 ? 0 : int.Parse(r.Fields[3], CultureInfo.InvariantCulture)))];

    // RFC 4180: quoted fields may hold commas and doubled quotes. Enough for the reference files.
    private static IEnumerable<(int Line, List<string> Fields)> Records(string text)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var start = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return (start, fields);
                fields = [];
                line++;
                start = line;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
