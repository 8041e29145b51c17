using System.Collections.Immutable;
using ChiSo.Engine.Tables;

namespace ChiSo.Engine.Scoring;

/// <summary>How <c>CODE</c> columns of a data table are read.</summary>
public enum GivenAs
{
    /// <summary>Points (e.g. 85 of 100).</summary>
    Points,

    /// <summary>Index values 0–1 (e.g. 0.85), multiplied by the node's maximum.</summary>
    Value,
}

/// <summary>
/// Turns a unit data table into a <see cref="PointsDataset"/>: one row per unit with <c>uCode</c>, <c>uName</c>,
/// optional <c>group</c>, then <c>CODE:INPUT</c> columns (a criterion's input) and <c>CODE</c> columns (points
/// given directly for a node). Every cell that cannot be read, every unknown column and every duplicate unit is
/// reported with its line; nothing is guessed.
/// </summary>
public static class PointsTable
{
    /// <summary>Reads <paramref name="table"/> for <paramref name="plan"/>.</summary>
    public static (PointsDataset? Data, ImmutableArray<Problem> Problems) Read(ScoringPlan plan, RawTable table, GivenAs givenAs = GivenAs.Points)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(table);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var unitProblems = new List<Problem>();
        var units = UnitColumns.Read(table, unitProblems);
        problems.AddRange(unitProblems);
        if (units is not { } unit)
        {
            return (null, problems.ToImmutable());
        }

        var groups = table.Find("group");
        var data = new PointsDataset(
            plan,
            unit.Codes,
            unit.Names,
            groups is null ? default : [.. Enumerable.Range(0, table.RowCount).Select(groups.TextAt)]);

        foreach (var column in table.Columns)
        {
            if (column.Name is "uCode" or "uName" or "group")
            {
                continue;
            }

            ReadColumn(plan, table, column, data, givenAs, problems);
        }

        return (problems.Any(p => p.Severity == Severity.Error) ? null : data, problems.ToImmutable());
    }

    private static void ReadColumn(ScoringPlan plan, RawTable table, RawColumn column, PointsDataset data, GivenAs givenAs, ImmutableArray<Problem>.Builder problems)
    {
        var colon = column.Name.LastIndexOf(':');
        var nodeCode = colon < 0 ? column.Name : column.Name[..colon];
        if (!plan.TryGetIndex(nodeCode, out var node))
        {
            if (colon < 0 && plan.TryGetColumn(nodeCode, out _))
            {
                // A view is computed from the nodes (e.g. a pillar column of an exported ranking read back): not data.
                problems.Add(Problem.Warning("DT005", table.File, new SourceSpan(1, column.SourceColumn),
                    $"Cột '{column.Name}' là một góc nhìn, được tính từ các chỉ số; các giá trị trong cột này không được dùng.",
                    $"Column '{column.Name}' is a view, computed from the indices; its values are not used."));
                return;
            }

            problems.Add(Problem.Error("DT001", table.File, new SourceSpan(1, column.SourceColumn),
                $"Cột '{column.Name}' không khớp với mã nào trong bộ chỉ số. Tên cột phải là MÃ (điểm của nút) hoặc MÃ:ĐẦU_VÀO (ví dụ 1.2:trained).",
                $"Column '{column.Name}' matches no code of the framework. Name columns CODE (points of a node) or CODE:INPUT (e.g. 1.2:trained)."));
            return;
        }

        if (colon < 0)
        {
            data.SetGivenPoints(node, GivenColumn(plan.Nodes[node], table, column, givenAs, problems));
            return;
        }

        var inputId = column.Name[(colon + 1)..];
        var inputs = plan.Nodes[node].Inputs;
        var k = inputs.IndexOf(inputs.FirstOrDefault(i => i.Id == inputId)!);
        if (k < 0)
        {
            problems.Add(Problem.Error("DT002", table.File, new SourceSpan(1, column.SourceColumn),
                $"Tiêu chí {nodeCode} không có đầu vào '{inputId}'. Các đầu vào: {string.Join(", ", inputs.Select(i => i.Id))}.",
                $"Criterion {nodeCode} has no input '{inputId}'. Its inputs: {string.Join(", ", inputs.Select(i => i.Id))}."));
            return;
        }

        var values = new double[table.RowCount];
        for (var r = 0; r < values.Length; r++)
        {
            if (!InputText.TryParse(inputs[k], column.TextAt(r), out values[r], out var problem))
            {
                problems.Add(Problem.Error("DT003", table.File, new SourceSpan(table.RowLines[r], column.SourceColumn),
                    $"Cột {column.Name}: {problem.Vi}", $"Column {column.Name}: {problem.En}"));
            }
        }

        data.SetInput(node, k, values);
    }

    private static double[] GivenColumn(PlanNode node, RawTable table, RawColumn column, GivenAs givenAs, ImmutableArray<Problem>.Builder problems)
    {
        var values = new double[table.RowCount];
        for (var r = 0; r < values.Length; r++)
        {
            var text = column.TextAt(r);
            values[r] = double.NaN;
            if (text is null)
            {
                continue;
            }

            var at = new SourceSpan(table.RowLines[r], column.SourceColumn);
            if (!InputText.TryNumber(text, out var number))
            {
                problems.Add(TableProblems.NotANumber(table.File, at, column.Name, text));
                continue;
            }

            var points = givenAs == GivenAs.Value ? number * node.MaxPoints : number;
            if (points < 0 || points > node.MaxPoints + 1e-9)
            {
                problems.Add(Problem.Error("DT004", table.File, at,
                    $"Cột {column.Name}: {text} nằm ngoài khoảng 0–{node.MaxPoints} điểm của nút {node.Code}{(givenAs == GivenAs.Value ? " (giá trị phải trong 0–1)" : "")}.",
                    $"Column {column.Name}: {text} is outside 0–{node.MaxPoints} points of node {node.Code}{(givenAs == GivenAs.Value ? " (values must be within 0–1)" : "")}."));
                continue;
            }

            values[r] = points;
        }

        return values;
    }
}
