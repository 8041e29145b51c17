using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ChiSo.Cli.Output;
using ChiSo.Engine;
using ChiSo.Engine.Composite;
using ChiSo.Engine.Composite.Coinr;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Results;
using ChiSo.Files.Tables;

namespace ChiSo.Cli.Commands;

/// <summary>COINr interchange: iMeta + iData → composite scores and ranks for every aggregate node.</summary>
internal static class CoinrCompute
{
    public static (ResultTable? Table, ImmutableArray<Problem> Problems) Run(ComputeRequest request, CliContext context)
    {
        var (options, optionProblems) = Options(request);
        if (options is null)
        {
            return (null, optionProblems);
        }

        var import = Import(request.Meta!, request.Data);
        PhaseTimings.Mark("read");
        if (import.Model is null || import.Data is null || HasErrors(import.Problems))
        {
            return (null, import.Problems);
        }

        return Finish(import.Model, import.Data, options, import.Problems, context, request.SortByRank);
    }

    /// <summary>A framework written with <c>aggregation: composite</c>, on a unit data table (a column per leaf).</summary>
    public static (ResultTable? Table, ImmutableArray<Problem> Problems) RunFramework(FrameworkDefinition framework, ComputeRequest request, CliContext context)
    {
        var (options, optionProblems) = Options(request);
        if (options is null)
        {
            return (null, optionProblems);
        }

        var build = FrameworkComposite.FromFramework(framework, request.Framework);
        var read = DataTableFiles.Read(request.Data);
        var problems = build.Problems.AddRange(read.Problems);
        if (build.Model is null || read.Table is null)
        {
            return (null, problems);
        }

        var (data, dataProblems) = CoinrData.Read(read.Table, build.Model);
        problems = problems.AddRange(dataProblems);
        return data is null || HasErrors(problems)
            ? (null, problems)
            : Finish(build.Model, data, options, problems, context, request.SortByRank);
    }

    /// <summary>Model, data and options, without computing: for <c>chiso explain</c> on a composite.</summary>
    public static (CompositeModel? Model, Dataset? Data, CompositeOptions? Options, ImmutableArray<Problem> Problems) Prepare(
        ComputeRequest request, FrameworkDefinition? framework)
    {
        var (options, problems) = Options(request);
        if (options is null)
        {
            return (null, null, null, problems);
        }

        if (framework is null)
        {
            var import = Import(request.Meta!, request.Data);
            return HasErrors(import.Problems) ? (null, null, null, import.Problems) : (import.Model, import.Data, options, import.Problems);
        }

        var build = FrameworkComposite.FromFramework(framework, request.Framework);
        var read = DataTableFiles.Read(request.Data);
        problems = build.Problems.AddRange(read.Problems);
        if (build.Model is null || read.Table is null)
        {
            return (null, null, null, problems);
        }

        var (data, dataProblems) = CoinrData.Read(read.Table, build.Model);
        problems = problems.AddRange(dataProblems);
        return data is null || HasErrors(problems) ? (null, null, null, problems) : (build.Model, data, options, problems);
    }

    private static (CompositeOptions? Options, ImmutableArray<Problem> Problems) Options(ComputeRequest request)
    {
        var errors = new List<Problem>();
        var options = CompositeArguments.Parse(request.Impute, request.Treat, request.Normalise, request.Aggregate, errors);
        return errors.Count > 0 ? (null, [.. errors]) : (options, []);
    }

    private static (ResultTable? Table, ImmutableArray<Problem> Problems) Finish(
        CompositeModel model, Dataset data, CompositeOptions options, ImmutableArray<Problem> problems, CliContext context, bool sortByRank)
    {
        // The raw columns are not read again here: they are normalised where they lie.
        var result = CompositeCalculator.Compute(model, data, options, reuseColumns: true);
        PhaseTimings.Mark("compute");
        problems = problems.AddRange(result.Problems);
        if (HasErrors(result.Problems))
        {
            return (null, problems);
        }

        var table = Shape(model, data, result, context, sortByRank);
        PhaseTimings.Mark("shape");
        return (table, problems);
    }

    private static bool HasErrors(IEnumerable<Problem> problems) => problems.Any(p => p.Severity == Severity.Error);

    private static CoinrImport Import(string metaPath, string dataPath)
    {
        // One workbook may hold both tables, as sheets iMeta and iData.
        if (string.Equals(Path.GetFullPath(metaPath), Path.GetFullPath(dataPath), StringComparison.Ordinal)
            && Path.GetExtension(metaPath).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) && File.Exists(metaPath))
        {
            return CoinrWorkbook.Read(metaPath);
        }

        // The small iMeta is read while the large iData is being parsed.
        var meta = Task.Run(() => DataTableFiles.Read(metaPath));
        var data = DataTableFiles.Read(dataPath);
        return CoinrTables.Interpret(meta.GetAwaiter().GetResult(), data);
    }

    private static ResultTable Shape(CompositeModel model, Dataset data, CompositeResult result, CliContext context, bool sortByRank)
    {
        var aggregates = model.Nodes.Where(n => n.Type == NodeType.Aggregate).Select(n => n.Code).ToList();
        var columns = ImmutableArray.CreateBuilder<ResultColumn>();
        columns.Add(new ResultColumn("uCode", context.T("Mã", "Code"), ColumnKind.Text));
        columns.Add(new ResultColumn("uName", context.T("Đơn vị", "Unit"), ColumnKind.Text));
        columns.AddRange(aggregates.Select(code => new ResultColumn(code, code, ColumnKind.Number, 2)));
        columns.AddRange(aggregates.Select(code => new ResultColumn(code + ".rank", context.T("Hạng ", "Rank ") + code, ColumnKind.Rank)));

        var scores = aggregates.Select(result.ScoresOf).ToArray();
        var ranks = aggregates.Select(result.RanksOf).ToArray();
        var topLevel = model.Nodes.Where(n => n.Type == NodeType.Aggregate).Select(n => n.Level).DefaultIfEmpty(0).Max();
        var topIndex = aggregates.FindIndex(code => model.Nodes[model.IndexOf(code)].Level == topLevel);
        var top = topIndex < 0 ? null : ranks[topIndex];
        var order = Enumerable.Range(0, data.UnitCount).ToArray();
        if (sortByRank && top is not null)
        {
            order = [.. order.OrderBy(u => top[u] == 0 ? int.MaxValue : top[u])];
        }

        // The cells stay in their arrays: the CSV writer formats them from there, with nothing boxed (7 million
        // cells at 100,000 units).
        Array[] cells = [ImmutableCollectionsMarshal.AsArray(data.UnitCodes)!, ImmutableCollectionsMarshal.AsArray(data.UnitNames)!, .. scores, .. ranks];
        var rows = new ColumnRows(order, cells);
        return new ResultTable(context.T("Kết quả tổng hợp (COINr)", "Composite results (COINr)"), columns.ToImmutable(), rows);
    }
}
