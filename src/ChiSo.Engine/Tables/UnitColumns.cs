using System.Collections.Immutable;

namespace ChiSo.Engine.Tables;

/// <summary>Reads the uCode/uName columns shared by iData and unit data tables.</summary>
internal static class UnitColumns
{
    public static (ImmutableArray<string> Codes, ImmutableArray<string> Names)? Read(RawTable table, List<Problem> problems)
    {
        var codeColumn = table.Find("uCode");
        if (codeColumn is null)
        {
            problems.Add(TableProblems.MissingColumn(table.File, "uCode"));
            return null;
        }

        var nameColumn = table.Find("uName");
        var codes = new string[table.RowCount];
        var names = new string[table.RowCount];
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < table.RowCount; r++)
        {
            var at = new SourceSpan(table.RowLines[r], codeColumn.SourceColumn);
            var code = codeColumn.TextAt(r);
            if (code is null)
            {
                problems.Add(TableProblems.EmptyCell(table.File, at, "uCode"));
                code = "";
            }
            else if (!firstLine.TryAdd(code, table.RowLines[r]))
            {
                problems.Add(TableProblems.DuplicateUnit(table.File, at, code, firstLine[code]));
            }

            codes[r] = code;
            names[r] = nameColumn?.TextAt(r) ?? code;
        }

        return ([.. codes], [.. names]);
    }
}
