using System.Collections.Immutable;
using System.Globalization;

namespace ChiSo.Engine.Composite;

/// <summary>The validation rules of <see cref="CompositeModel.Build"/>, one method per rule.</summary>
internal sealed class ModelChecks(IReadOnlyList<CompositeNode> rows, string? file, IReadOnlyList<SourceSpan>? at)
{
    private readonly List<Problem> _problems = [];
    private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);

    public ImmutableArray<Problem> Run()
    {
        for (var i = 0; i < rows.Count; i++)
        {
            CheckDuplicate(i);
            CheckNumbers(i);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            CheckParent(i);
        }

        CheckCycles();
        CheckChildless();
        return [.. _problems];
    }

    private SourceSpan At(int row) => at is not null && row < at.Count ? at[row] : SourceSpan.None;

    private void Error(string code, int row, string vi, string en) => _problems.Add(Problem.Error(code, file, At(row), vi, en));

    private void CheckDuplicate(int i)
    {
        var code = rows[i].Code;
        if (!_first.TryAdd(code, i))
        {
            var first = At(_first[code]).Line;
            Error("CO001", i, $"Mã '{code}' bị trùng (đã có ở dòng {first}). Hãy đặt cho mỗi dòng một mã riêng.",
                $"Code '{code}' is duplicated (already on line {first}). Give every row its own code.");
        }
    }

    private void CheckNumbers(int i)
    {
        var row = rows[i];
        if (row.Type is not (NodeType.Indicator or NodeType.Aggregate))
        {
            return;
        }

        if (!(row.Weight > 0) || double.IsInfinity(row.Weight))
        {
            var w = row.Weight.ToString(CultureInfo.InvariantCulture);
            Error("CO005", i, $"Trọng số của '{row.Code}' là {w}; trọng số phải là số dương. Hãy sửa cột Weight.",
                $"The weight of '{row.Code}' is {w}; weights must be positive. Fix the Weight column.");
        }

        if (row.Direction is not (1 or -1))
        {
            Error("CO006", i, $"Chiều của '{row.Code}' là {row.Direction}; chỉ được là 1 (càng cao càng tốt) hoặc -1 (càng thấp càng tốt).",
                $"The direction of '{row.Code}' is {row.Direction}; it must be 1 (higher is better) or -1 (lower is better).");
        }
    }

    private void CheckParent(int i)
    {
        var row = rows[i];
        if (row.Parent is null || row.Type is not (NodeType.Indicator or NodeType.Aggregate))
        {
            return;
        }

        if (!_first.TryGetValue(row.Parent, out var p))
        {
            Error("CO002", i, $"Nút cha '{row.Parent}' của '{row.Code}' không có trong bảng. Hãy thêm dòng '{row.Parent}' hoặc sửa cột Parent.",
                $"Parent '{row.Parent}' of '{row.Code}' is not in the table. Add a row '{row.Parent}' or fix the Parent column.");
        }
        else if (rows[p].Type != NodeType.Aggregate)
        {
            Error("CO003", i, $"Nút cha '{row.Parent}' của '{row.Code}' không phải loại Aggregate. Chỉ nút tổng hợp mới có nút con.",
                $"Parent '{row.Parent}' of '{row.Code}' is not of type Aggregate. Only aggregates can have children.");
        }
    }

    private void CheckCycles()
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { rows[i].Code };
            var current = rows[i].Parent;
            while (current is not null && _first.TryGetValue(current, out var p))
            {
                if (!seen.Add(current))
                {
                    if (string.Equals(current, rows[i].Code, StringComparison.Ordinal) && reported.Add(current))
                    {
                        Error("CO004", i, $"'{rows[i].Code}' nằm trong một vòng lặp nút cha (là tổ tiên của chính nó). Hãy sửa cột Parent.",
                            $"'{rows[i].Code}' is in a parent cycle (it is its own ancestor). Fix the Parent column.");
                    }

                    break;
                }

                current = rows[p].Parent;
            }
        }
    }

    private void CheckChildless()
    {
        var parents = new HashSet<string>(rows.Where(r => r.Parent is not null).Select(r => r.Parent!), StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Type == NodeType.Aggregate && !parents.Contains(rows[i].Code))
            {
                Error("CO007", i, $"Nút tổng hợp '{rows[i].Code}' không có nút con nào. Hãy thêm chỉ số con hoặc xoá dòng này.",
                    $"Aggregate '{rows[i].Code}' has no children. Add children or remove the row.");
            }
        }
    }
}
