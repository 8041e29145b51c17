namespace ChiSo.Data.Units;

/// <summary>A data row of a CSV file: its 1-based line number and its fields.</summary>
internal sealed record CsvLine(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// Reads the small, flat CSV files of the unit registry: a header row, comma-separated fields, fields optionally in
/// double quotes (a quote inside written as two), one record per line. Blank lines are skipped.
/// </summary>
internal static class CsvLines
{
    public static (IReadOnlyList<string> Header, IReadOnlyList<CsvLine> Rows) Read(TextReader reader)
    {
        IReadOnlyList<string>? header = null;
        var rows = new List<CsvLine>();
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (number == 1 && text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var fields = Split(text);
            if (header is null)
            {
                header = [.. fields.Select(f => f.Trim().ToLowerInvariant())];
            }
            else
            {
                rows.Add(new CsvLine(number, fields));
            }
        }

        return (header ?? [], rows);
    }

    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
