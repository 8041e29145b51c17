using System.Collections.Immutable;
using static ChiSo.Engine.Frameworks.FrameworkProblemCodes;
using static ChiSo.Engine.Frameworks.FrameworkValidator;

namespace ChiSo.Engine.Frameworks;

/// <summary>One pass of <see cref="FrameworkValidator"/>: the problems found so far and the codes seen.</summary>
internal sealed partial class ValidationRun(FrameworkDefinition framework, string? file)
{
    private readonly Dictionary<string, FrameworkNode> codes = new(StringComparer.Ordinal);

    public ImmutableArray<Problem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<Problem>();

    /// <summary>Each criterion's scoring rule as compiled by this run, kept so that the plan never compiles it again.</summary>
    public Dictionary<FrameworkNode, Formulas.CompiledFormula> Formulas { get; } = new(ReferenceEqualityComparer.Instance);

    private bool IsPoints => framework.Aggregation == AggregationFamily.Points;

    public void Error(string code, SourceSpan at, string vi, string en) => Problems.Add(Problem.Error(code, file, at, vi, en));

    public void Warning(string code, SourceSpan at, string vi, string en) => Problems.Add(Problem.Warning(code, file, at, vi, en));

    public void CheckHeader()
    {
        if (string.IsNullOrWhiteSpace(framework.Id))
        {
            Error(EmptyText, framework.At, "Khóa \"id\" không được để trống; hãy đặt mã bộ chỉ số, ví dụ dti-tinh.",
                "The key \"id\" must not be empty; give the framework an identifier such as dti-tinh.");
        }

        if (string.IsNullOrWhiteSpace(framework.Title))
        {
            Error(EmptyText, framework.At, "Khóa \"title\" không được để trống; hãy ghi tên bộ chỉ số.",
                "The key \"title\" must not be empty; give the framework's title.");
        }

        var groups = new Dictionary<string, ComparisonGroup>(StringComparer.Ordinal);
        foreach (var group in framework.Groups)
        {
            if (!groups.TryAdd(group.Code, group))
            {
                var first = groups[group.Code].At.Line;
                Error(DuplicateGroup, group.At,
                    $"Mã nhóm so sánh \"{group.Code}\" đã dùng ở dòng {first}; mỗi nhóm phải có mã riêng.",
                    $"The comparison group code \"{group.Code}\" is already used on line {first}; each group needs its own code.");
            }
        }

        CheckDecimals(framework.Display.Decimals, framework.Display.At, "display.decimals");
        if (framework.Ranking.RoundDecimals is { } round)
        {
            CheckDecimals(round, framework.Ranking.At, "ranking.round");
        }

        if (framework.Tree.IsDefaultOrEmpty)
        {
            Error(EmptyTree, framework.At, "Cây chỉ số (\"tree\") không có nút nào; hãy thêm ít nhất một chỉ số.",
                "The tree (\"tree\") has no node; add at least one index.");
        }
    }

    private void CheckDecimals(int decimals, SourceSpan at, string key)
    {
        if (decimals is < 0 or > 15)
        {
            Error(Decimals, at.IsKnown ? at : framework.At,
                $"\"{key}\" là {decimals}, phải từ 0 đến 15 chữ số thập phân.",
                $"\"{key}\" is {decimals}; it must be between 0 and 15 decimals.");
        }
    }

    public void CheckDisplayTotal(double rootsMax)
    {
        if (!IsPoints || framework.Display.Total is not { } total || Math.Abs(total - rootsMax) <= Epsilon)
        {
            return;
        }

        Error(DisplayTotal, framework.Display.At.IsKnown ? framework.Display.At : framework.At,
            $"\"display.total\" là {Num(total)} nhưng tổng điểm tối đa của các nút gốc là {Num(rootsMax)}; hãy sửa cho khớp.",
            $"\"display.total\" is {Num(total)} but the roots' max points add up to {Num(rootsMax)}; make them agree.");
    }

    /// <summary>Checks <paramref name="nodes"/> and their subtrees; returns the sum of the scored nodes' max points.</summary>
    public double CheckNodes(ImmutableArray<FrameworkNode> nodes, bool ancestorsScored)
    {
        var sum = 0.0;
        foreach (var node in nodes.IsDefault ? [] : nodes)
        {
            var max = CheckNode(node, ancestorsScored);
            if (node.Scored)
            {
                sum += max;
            }
        }

        return sum;
    }

    /// <summary>Checks one node; returns its effective max points (a parent without max gets its children's sum).</summary>
    private double CheckNode(FrameworkNode node, bool ancestorsScored)
    {
        CheckCode(node);
        CheckWeightAndDirection(node);
        var scored = ancestorsScored && node.Scored;
        if (!node.Scored && node.MaxPoints > 0)
        {
            Warning(UnscoredWithMax, node.At,
                $"Nút \"{node.Code}\" không tính điểm (scored: false) nhưng có điểm tối đa {Num(node.MaxPoints.Value)}; điểm này không được cộng vào nút cha.",
                $"Node \"{node.Code}\" is not scored (scored: false) but has max points {Num(node.MaxPoints.Value)}; they are not added to its parent.");
        }

        return node.IsLeaf ? CheckLeaf(node, scored) : CheckParent(node, scored);
    }

    private void CheckCode(FrameworkNode node)
    {
        if (string.IsNullOrWhiteSpace(node.Code))
        {
            Error(EmptyText, node.At, "Nút này có mã (\"code\") để trống; hãy đặt một mã riêng, ví dụ 1.2.",
                "This node has an empty code (\"code\"); give it its own code such as 1.2.");
            return;
        }

        if (!codes.TryAdd(node.Code, node))
        {
            var first = codes[node.Code].At;
            Error(DuplicateCode, node.At,
                $"Mã \"{node.Code}\" bị trùng: đã dùng ở dòng {first.Line}, cột {first.Column} và lại dùng ở dòng {node.At.Line}, cột {node.At.Column}; mỗi nút phải có mã riêng.",
                $"The code \"{node.Code}\" is used twice: on line {first.Line}, column {first.Column} and again on line {node.At.Line}, column {node.At.Column}; each node needs its own code.");
        }
    }

    private void CheckWeightAndDirection(FrameworkNode node)
    {
        if (!(node.Weight > 0) || double.IsInfinity(node.Weight))
        {
            Error(Weight, node.At,
                $"Trọng số của \"{node.Code}\" là {Num(node.Weight)}; trọng số phải là số dương.",
                $"The weight of \"{node.Code}\" is {Num(node.Weight)}; weights must be positive.");
        }

        if (node.Direction is not (1 or -1))
        {
            Error(FrameworkProblemCodes.Direction, node.At,
                $"\"direction\" của \"{node.Code}\" là {node.Direction}; chỉ dùng 1 (càng cao càng tốt) hoặc -1 (càng thấp càng tốt).",
                $"The \"direction\" of \"{node.Code}\" is {node.Direction}; use 1 (higher is better) or -1 (lower is better).");
        }
    }

    private double CheckParent(FrameworkNode node, bool scored)
    {
        if (node.Score is not null)
        {
            Error(ScoreOnParent, node.ScoreAt.IsKnown ? node.ScoreAt : node.At,
                $"Nút \"{node.Code}\" có nút con nên không được có \"score\": điểm của nút cha là tổng điểm các nút con.",
                $"Node \"{node.Code}\" has children, so it cannot have a \"score\": a parent's points are its children's sum.");
        }

        var sum = CheckNodes(node.Children, scored);
        if (!IsPoints || !scored || node.MaxPoints is not { } max)
        {
            return node.MaxPoints ?? sum;
        }

        if (node.Cap && max > sum + Epsilon)
        {
            Error(CapAboveSum, node.At,
                $"Nút \"{node.Code}\" có \"cap: true\" và điểm tối đa {Num(max)}, lớn hơn tổng điểm tối đa của các nút con ({Num(sum)}); điểm trần phải nhỏ hơn hoặc bằng tổng.",
                $"Node \"{node.Code}\" has \"cap: true\" and max points {Num(max)}, more than its children's max points add up to ({Num(sum)}); a cap must not exceed the sum.");
        }
        else if (!node.Cap && Math.Abs(max - sum) > Epsilon)
        {
            Error(MaxNotSum, node.At,
                $"Điểm tối đa của \"{node.Code}\" là {Num(max)} nhưng tổng điểm tối đa của các nút con được tính điểm là {Num(sum)}; hãy sửa cho khớp, bỏ \"max\" để lấy tổng, hoặc đặt \"cap: true\" nếu đây là điểm trần.",
                $"The max points of \"{node.Code}\" are {Num(max)} but its scored children's max points add up to {Num(sum)}; make them agree, remove \"max\" to take the sum, or set \"cap: true\" if it is a cap.");
        }

        return max;
    }
}
