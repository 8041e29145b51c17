using System.Collections.Immutable;
using ChiSo.Engine.Tables;

namespace ChiSo.Engine.Composite.Coinr;

/// <summary>The model and data read from COINr's iMeta and iData tables; both null when there is any error.</summary>
/// <param name="Model">The indicator tree.</param>
/// <param name="Data">The units and indicator values.</param>
/// <param name="Problems">Every problem in both tables.</param>
public sealed record CoinrImport(CompositeModel? Model, Dataset? Data, ImmutableArray<Problem> Problems)
{
    /// <summary>True when there is a model and data (warnings may remain).</summary>
    public bool Succeeded => Model is not null && Data is not null;
}

/// <summary>
/// Interprets COINr's interchange tables (<c>new_coin(iData, iMeta)</c>) whatever file format they came from.
/// iMeta needs iCode, Level, Type, Parent, Weight, Direction (iName and Target optional); iData needs uCode
/// (uName optional), a column per indicator, and a column per Group row. Other columns (Time, denominators) are ignored.
/// </summary>
public static class CoinrTables
{
    /// <summary>Reads both tables and reports every problem in either.</summary>
    public static CoinrImport Interpret(TableRead iMeta, TableRead iData)
    {
        ArgumentNullException.ThrowIfNull(iMeta);
        ArgumentNullException.ThrowIfNull(iData);
        var problems = new List<Problem>(iMeta.Problems);
        problems.AddRange(iData.Problems);
        if (iMeta.Table is null || iData.Table is null)
        {
            return new CoinrImport(null, null, [.. problems]);
        }

        var build = CoinrMeta.Read(iMeta.Table);
        problems.AddRange(build.Problems);
        if (build.Model is null)
        {
            // Still check iData against the indicators iMeta names, so one run lists every problem of both files.
            problems.AddRange(CoinrData.CheckWithoutModel(iData.Table, IndicatorCodes(iMeta.Table)));
            return new CoinrImport(null, null, [.. problems]);
        }

        var (data, dataProblems) = CoinrData.Read(iData.Table, build.Model);
        problems.AddRange(dataProblems);
        var failed = problems.Any(p => p.Severity == Severity.Error);
        return new CoinrImport(failed ? null : build.Model, failed ? null : data, [.. problems]);
    }

    private static List<string> IndicatorCodes(RawTable meta)
    {
        var codes = meta.Find("iCode");
        var types = meta.Find("Type");
        var result = new List<string>();
        for (var r = 0; codes is not null && types is not null && r < meta.RowCount; r++)
        {
            if (string.Equals(types.TextAt(r), "Indicator", StringComparison.OrdinalIgnoreCase) && codes.TextAt(r) is { } code)
            {
                result.Add(code);
            }
        }

        return result;
    }
}
