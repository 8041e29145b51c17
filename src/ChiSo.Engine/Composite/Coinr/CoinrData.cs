using System.Collections.Immutable;
using ChiSo.Engine.Tables;

namespace ChiSo.Engine.Composite.Coinr;

/// <summary>Reads COINr's iData table against a model.</summary>
public static class CoinrData
{
    /// <summary>Reads unit codes, names, group columns and indicator columns; reports every problem.</summary>
    /// <returns>The dataset (null when a required column is missing) and the problems.</returns>
    public static (Dataset? Data, ImmutableArray<Problem> Problems) Read(RawTable table, CompositeModel model)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(model);
        var problems = new List<Problem>();
        var units = UnitColumns.Read(table, problems);
        var columns = ImmutableDictionary.CreateBuilder<string, double[]>(StringComparer.Ordinal);
        for (var i = 0; i < model.IndicatorCount; i++)
        {
            var code = model.Nodes[i].Code;
            var column = table.Find(code);
            if (column is null)
            {
                problems.Add(Problem.Error("CO011", table.File, new SourceSpan(1, 0),
                    $"Chỉ số '{code}' có trong iMeta nhưng iData không có cột '{code}'. Hãy thêm cột hoặc xoá chỉ số khỏi iMeta.",
                    $"Indicator '{code}' is in iMeta but iData has no column '{code}'. Add the column or remove the indicator from iMeta."));
                continue;
            }

            CheckNumeric(table, column, problems);
            columns[code] = column.Numbers;
        }

        var groups = ImmutableArray.CreateBuilder<GroupColumn>();
        foreach (var group in model.Others.Where(o => o.Type == NodeType.Group))
        {
            if (table.Find(group.Code) is { } column)
            {
                groups.Add(new GroupColumn(group.Code, [.. Enumerable.Range(0, table.RowCount).Select(column.TextAt)]));
            }
            else
            {
                problems.Add(Problem.Warning("CO012", table.File, new SourceSpan(1, 0),
                    $"Nhóm '{group.Code}' có trong iMeta nhưng iData không có cột này; nhóm sẽ bị bỏ qua.",
                    $"Group '{group.Code}' is in iMeta but iData has no such column; the group is ignored."));
            }
        }

        if (units is null)
        {
            return (null, [.. problems]);
        }

        var data = new Dataset(units.Value.Codes, units.Value.Names, groups.ToImmutable(), columns.ToImmutable());
        return (data, [.. problems]);
    }

    /// <summary>Checks unit columns and the named indicator columns when iMeta itself could not be read.</summary>
    public static ImmutableArray<Problem> CheckWithoutModel(RawTable table, IEnumerable<string> indicatorCodes)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(indicatorCodes);
        var problems = new List<Problem>();
        UnitColumns.Read(table, problems);
        foreach (var code in indicatorCodes)
        {
            if (table.Find(code) is { } column)
            {
                CheckNumeric(table, column, problems);
            }
        }

        return [.. problems];
    }

    private static void CheckNumeric(RawTable table, RawColumn column, List<Problem> problems)
    {
        if (column.Texts is not { } texts)
        {
            return;
        }

        for (var r = 0; r < texts.Length; r++)
        {
            if (texts[r] is { } text && double.IsNaN(column.Numbers[r]))
            {
                problems.Add(TableProblems.NotANumber(table.File, new SourceSpan(table.RowLines[r], column.SourceColumn), column.Name, text));
            }
        }
    }
}
