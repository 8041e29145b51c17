using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Files.Results;

namespace ChiSo.Cli.Commands;

/// <summary>Loads a framework and a unit data table, scores them and shapes the results.</summary>
internal static class FrameworkCompute
{
    public static (ResultTable? Table, ImmutableArray<Problem> Problems) Run(ComputeRequest request, CliContext context)
    {
        var loaded = FrameworkFiles.Load(request.Framework!);
        if (loaded.Framework?.Aggregation == AggregationFamily.Composite)
        {
            var (table, problems) = CoinrCompute.RunFramework(loaded.Framework, request, context);
            return (table, loaded.Problems.AddRange(problems));
        }

        var (sheet, scoreProblems) = Score(loaded, request.Framework!, request.Data, request.GivenAsValue);
        return sheet is null ? (null, scoreProblems) : (PointsResults.Table(sheet, context, request.SortByRank), scoreProblems);
    }

    public static (ScoreSheet? Sheet, ImmutableArray<Problem> Problems) Score(string frameworkPath, string dataPath, bool givenAsValue)
    {
        return Score(FrameworkFiles.Load(frameworkPath), frameworkPath, dataPath, givenAsValue);
    }

    private static (ScoreSheet? Sheet, ImmutableArray<Problem> Problems) Score(
        CheckedFramework loaded, string frameworkPath, string dataPath, bool givenAsValue)
    {
        var (framework, plan, problems) = loaded;
        if (framework is null || plan is null)
        {
            return (null, problems);
        }

        if (framework.Aggregation == AggregationFamily.Composite)
        {
            return (null, problems.Add(Problem.Error("CL001", frameworkPath, SourceSpan.None,
                "Bộ chỉ số này tổng hợp kiểu composite: không có điểm theo tiêu chí để giải thích. Hãy dùng chiso compute.",
                "This framework aggregates as a composite: there are no criterion points to explain. Use chiso compute.")));
        }

        var read = DataTableFiles.Read(dataPath);
        problems = problems.AddRange(read.Problems);
        if (read.Table is null)
        {
            return (null, problems);
        }

        var (data, dataProblems) = PointsTable.Read(plan, read.Table, givenAsValue ? GivenAs.Value : GivenAs.Points);
        problems = problems.AddRange(dataProblems);
        return data is null ? (null, problems) : (PointsScorer.Score(data), problems);
    }
}

/// <summary>Shapes a <see cref="ScoreSheet"/> as a table: each aggregate node's result, then each one's rank.</summary>
internal static class PointsResults
{
    public static ResultTable Table(ScoreSheet sheet, CliContext context, bool sortByRank)
    {
        var plan = sheet.Plan;
        var display = plan.Framework.Display;
        // The aggregate nodes, then the edition's views (ADR 0025), each a column like a node.
        var aggregates = plan.Nodes.Where(n => n.Index == 0 || !n.Children.IsEmpty).Where(n => n.Scored)
            .Select(n => (n.Index, n.Code)).Concat(plan.Views.Select(v => (v.Index, v.Code))).ToList();
        var columns = ImmutableArray.CreateBuilder<ResultColumn>();
        columns.Add(new ResultColumn("uCode", context.T("Mã", "Code"), ColumnKind.Text));
        columns.Add(new ResultColumn("uName", context.T("Đơn vị", "Unit"), ColumnKind.Text));
        var asPoints = display.As == DisplayAs.Points;
        var decimals = display.Decimals;
        foreach (var node in aggregates)
        {
            columns.Add(new ResultColumn(node.Code, node.Index == 0 ? context.T("Tổng", "Total") : node.Code, ColumnKind.Number, decimals));
        }

        foreach (var node in aggregates)
        {
            columns.Add(new ResultColumn(node.Code + ".rank", context.T("Hạng ", "Rank ") + (node.Index == 0 ? context.T("tổng", "total") : node.Code), ColumnKind.Rank));
        }

        var order = Enumerable.Range(0, sheet.Data.UnitCount);
        if (sortByRank)
        {
            order = order.OrderBy(u => sheet.Rank(0, u) == 0 ? int.MaxValue : sheet.Rank(0, u)).ThenBy(u => sheet.Data.UnitCodes[u], StringComparer.Ordinal);
        }

        var rows = order.Select(u =>
        {
            var row = new object?[columns.Count];
            row[0] = sheet.Data.UnitCodes[u];
            row[1] = sheet.Data.UnitNames[u];
            for (var i = 0; i < aggregates.Count; i++)
            {
                var node = aggregates[i].Index;
                row[2 + i] = asPoints ? sheet.Points(node, u) : sheet.Value(node, u);
                row[2 + aggregates.Count + i] = sheet.Rank(node, u);
            }

            return row;
        }).ToList();

        var title = $"{context.T(plan.Framework.Title, plan.Framework.TitleEn ?? plan.Framework.Title)} ({plan.Framework.Edition}) — {(asPoints ? context.T("điểm", "points") : context.T("giá trị 0–1", "values 0–1"))}";
        return new ResultTable(title, columns.ToImmutable(), rows);
    }
}
