using static ChiSo.Engine.Frameworks.FrameworkProblemCodes;
using static ChiSo.Engine.Frameworks.FrameworkValidator;

namespace ChiSo.Engine.Frameworks;

/// <summary>Checking the views (ADR 0025): codes, parts, weights and bounds.</summary>
internal sealed partial class ValidationRun
{
    /// <summary>Checks the views after the tree (whose codes <see cref="codes"/> then holds).</summary>
    public void CheckViews()
    {
        var views = framework.Views.IsDefault ? [] : framework.Views;
        if (views.IsEmpty)
        {
            return;
        }

        if (!IsPoints)
        {
            Error(ViewComposite, views[0].At, "Góc nhìn (\"views\") chỉ dùng cho bộ chỉ số tính điểm (aggregation: points).",
                "Views (\"views\") are for points frameworks only (aggregation: points).");
            return;
        }

        if (views.Length > FrameworkView.MaxCount)
        {
            Error(ViewParts, views[FrameworkView.MaxCount].At,
                $"Bộ chỉ số khai báo {views.Length} góc nhìn; tối đa {FrameworkView.MaxCount}.",
                $"The framework declares {views.Length} views; at most {FrameworkView.MaxCount} are allowed.");
            return;
        }

        // A view's max as far as the checks need it: positive when it gives points to compute with.
        var declared = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            CheckViewCode(view, declared);
            var max = CheckViewParts(view, declared);
            declared.TryAdd(view.Code, max);
        }
    }

    private void CheckViewCode(FrameworkView view, Dictionary<string, double> declared)
    {
        if (string.IsNullOrWhiteSpace(view.Code) || string.IsNullOrWhiteSpace(view.Name))
        {
            Error(EmptyText, view.At, "Góc nhìn phải có mã (\"code\") và tên (\"name\").",
                "A view needs a code (\"code\") and a name (\"name\").");
        }
        else if (codes.TryGetValue(view.Code, out var node))
        {
            Error(ViewCode, view.At,
                $"Mã góc nhìn \"{view.Code}\" trùng với mã của một nút ở dòng {node.At.Line}; hãy đặt mã khác.",
                $"The view code \"{view.Code}\" is a node's code (line {node.At.Line}); give the view another code.");
        }
        else if (declared.ContainsKey(view.Code))
        {
            Error(ViewCode, view.At, $"Mã góc nhìn \"{view.Code}\" đã dùng cho một góc nhìn khác; mỗi góc nhìn phải có mã riêng.",
                $"The view code \"{view.Code}\" is used by another view; each view needs its own code.");
        }
    }

    /// <summary>Checks the parts; returns the view's max points (0 when its parts give none).</summary>
    private double CheckViewParts(FrameworkView view, Dictionary<string, double> declared)
    {
        var parts = view.Of.IsDefault ? [] : view.Of;
        if (parts.IsEmpty || parts.Length > FrameworkView.MaxParts)
        {
            Error(ViewParts, view.At,
                $"Góc nhìn \"{view.Code}\" có {parts.Length} thành phần (\"of\"); cần từ 1 đến {FrameworkView.MaxParts}.",
                $"View \"{view.Code}\" has {parts.Length} parts (\"of\"); it needs 1 to {FrameworkView.MaxParts}.");
            return 0;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (weights, weighted, unscored) = (0.0, 0.0, false);
        foreach (var part in parts)
        {
            var at = part.At.IsKnown ? part.At : view.At;
            if (!seen.Add(part.Code))
            {
                Error(ViewParts, at, $"Góc nhìn \"{view.Code}\" dùng \"{part.Code}\" hai lần.", $"View \"{view.Code}\" uses \"{part.Code}\" twice.");
            }

            if (!(part.Weight > 0) || !double.IsFinite(part.Weight))
            {
                Error(ViewWeight, at, $"Trọng số của \"{part.Code}\" trong góc nhìn \"{view.Code}\" là {Num(part.Weight)}; trọng số phải là số dương.",
                    $"The weight of \"{part.Code}\" in view \"{view.Code}\" is {Num(part.Weight)}; weights must be positive.");
                continue;
            }

            double max;
            if (codes.TryGetValue(part.Code, out var node))
            {
                max = node.Scored ? FrameworkTree.MaxOf(node) : 0;
            }
            else if (!declared.TryGetValue(part.Code, out max))
            {
                Error(ViewUnknownCode, at,
                    $"Góc nhìn \"{view.Code}\" dùng mã \"{part.Code}\", không phải mã của nút nào hay của góc nhìn nào khai báo phía trên.",
                    $"View \"{view.Code}\" uses the code \"{part.Code}\", which is neither a node nor a view declared above it.");
                continue;
            }

            unscored |= !(max > 0);
            weights += part.Weight;
            weighted += part.Weight * max;
        }

        if (view.Rule == ViewRule.Weighted && unscored)
        {
            Error(ViewUnscored, view.At,
                $"Góc nhìn \"{view.Code}\" (rule: weighted) lấy bình quân giá trị, nên mọi thành phần phải được tính điểm và có điểm tối đa.",
                $"View \"{view.Code}\" (rule: weighted) averages values, so every part must be scored and have max points.");
        }
        else if (!(weighted > 0) && weights > 0)
        {
            Error(ViewUnscored, view.At, $"Các thành phần của góc nhìn \"{view.Code}\" không có điểm nào để tính.",
                $"The parts of view \"{view.Code}\" give it no points to compute with.");
        }

        return view.Rule == ViewRule.Sum ? weighted : weights > 0 ? weighted / weights : 0;
    }
}
