using ChiSo.Engine.Formulas;
using static ChiSo.Engine.Frameworks.FrameworkProblemCodes;
using static ChiSo.Engine.Frameworks.FrameworkValidator;

namespace ChiSo.Engine.Frameworks;

/// <summary>The checks of criteria (leaves): max points, inputs and the scoring rule.</summary>
internal sealed partial class ValidationRun
{
    private double CheckLeaf(FrameworkNode node, bool scored)
    {
        CheckInputs(node);
        var max = node.MaxPoints ?? 0;
        if (IsPoints && scored)
        {
            if (!(node.MaxPoints > 0))
            {
                Error(LeafMax, node.At,
                    node.MaxPoints is null
                        ? $"Tiêu chí \"{node.Code}\" chưa có điểm tối đa (\"max\"); hãy ghi một số lớn hơn 0."
                        : $"Điểm tối đa của tiêu chí \"{node.Code}\" là {Num(max)}; phải lớn hơn 0 (hoặc đặt \"scored: false\" nếu không tính điểm).",
                    node.MaxPoints is null
                        ? $"Criterion \"{node.Code}\" has no max points (\"max\"); give a number above 0."
                        : $"The max points of criterion \"{node.Code}\" are {Num(max)}; they must be above 0 (or set \"scored: false\").");
            }

            // A leaf with neither inputs nor a rule is "points entered directly" (documented); one with inputs
            // but no rule would silently score nothing.
            if (node.Score is null && !node.Inputs.IsDefaultOrEmpty)
            {
                Error(MissingScore, node.At,
                    $"Tiêu chí \"{node.Code}\" có dữ liệu đầu vào nhưng chưa có công thức tính điểm (\"score\"); hãy thêm \"score\", hoặc bỏ \"inputs\" nếu điểm được nhập trực tiếp.",
                    $"Criterion \"{node.Code}\" has inputs but no scoring rule (\"score\"); add \"score\", or remove \"inputs\" if points are entered directly.");
            }
        }

        if (node.Score is not null)
        {
            CheckFormula(node);
        }

        CheckChecks(node);
        return max;
    }

    private void CheckChecks(FrameworkNode node)
    {
        foreach (var check in node.Checks.IsDefault ? [] : node.Checks)
        {
            var compilation = Scoring.InputChecks.Compile(node, check);
            var ruleAt = check.RuleAt.IsKnown ? check.RuleAt : check.At.IsKnown ? check.At : node.At;
            if (compilation.NotCondition)
            {
                Error(CheckNotCondition, ruleAt,
                    $"Điều kiện kiểm tra \"{check.Rule}\" của \"{node.Code}\" không phải là điều kiện đúng/sai; hãy viết một phép so sánh, ví dụ so_phan <= tong_so.",
                    $"The check \"{check.Rule}\" of \"{node.Code}\" is not a yes/no condition; write a comparison such as part <= whole.");
            }

            foreach (var diagnostic in compilation.Diagnostics)
            {
                var at = FormulaPositions.Map(ruleAt, check.RuleAt.IsKnown ? check.Rule : "", diagnostic.Column);
                Error(CheckRule, at,
                    $"Điều kiện kiểm tra của \"{node.Code}\": {diagnostic.MessageVi}",
                    $"Check of \"{node.Code}\": {diagnostic.MessageEn}");
            }
        }
    }

    private void CheckWithin(FrameworkNode node, InputDefinition input, SourceSpan at)
    {
        if (input.Within is not { } within)
        {
            return;
        }

        if (input.Type is not (InputType.Date or InputType.Document))
        {
            Error(Within, at,
                $"Đầu vào \"{input.Id}\" của \"{node.Code}\" không phải ngày hay văn bản nên không dùng được \"within\".",
                $"Input \"{input.Id}\" of \"{node.Code}\" is neither a date nor a document, so it cannot have \"within\".");
        }
        else if (within.From is { } from && within.To is { } to && from > to)
        {
            Error(Within, at,
                $"Đầu vào \"{input.Id}\" của \"{node.Code}\" có \"within\" từ {PeopleFormat.Date(from)} đến {PeopleFormat.Date(to)}: ngày đầu sau ngày cuối; hãy đổi lại.",
                $"Input \"{input.Id}\" of \"{node.Code}\" has \"within\" from {PeopleFormat.Date(from)} to {PeopleFormat.Date(to)}: the first day is after the last; swap them.");
        }
    }

    private void CheckFormula(FrameworkNode node)
    {
        var inputs = node.Inputs.IsDefault ? [] : node.Inputs;
        // Compiled against the max the plan scores with (an unscored criterion scores out of 0).
        var compilation = FormulaCompiler.Compile(node.Score!, new FormulaContext(inputs, FrameworkTree.MaxOf(node)));
        if (compilation.Formula is { } formula && node.IsLeaf)
        {
            Formulas[node] = formula;
        }

        foreach (var diagnostic in compilation.Diagnostics)
        {
            var at = FormulaPositions.Map(node.ScoreAt.IsKnown ? node.ScoreAt : node.At, node.ScoreAt.IsKnown ? node.Score! : "", diagnostic.Column);
            Error(Formula, at,
                $"Công thức tính điểm của \"{node.Code}\": {diagnostic.MessageVi}",
                $"Scoring rule of \"{node.Code}\": {diagnostic.MessageEn}");
        }
    }

    private void CheckInputs(FrameworkNode node)
    {
        var ids = new Dictionary<string, InputDefinition>(StringComparer.Ordinal);
        foreach (var input in node.Inputs.IsDefault ? [] : node.Inputs)
        {
            var at = input.At.IsKnown ? input.At : node.At;
            CheckIdentifier(input.Id, at, node.Code, "input");
            if (!ids.TryAdd(input.Id, input))
            {
                var first = ids[input.Id].At.Line;
                Error(DuplicateInput, at,
                    $"Tiêu chí \"{node.Code}\" có hai đầu vào cùng id \"{input.Id}\" (dòng {first} và dòng {at.Line}); mỗi đầu vào phải có id riêng.",
                    $"Criterion \"{node.Code}\" has two inputs with the id \"{input.Id}\" (lines {first} and {at.Line}); each input needs its own id.");
            }

            if (input.Min is { } min && input.Max is { } inputMax && min > inputMax)
            {
                Error(InputRange, at,
                    $"Đầu vào \"{input.Id}\" của \"{node.Code}\" có min {Num(min)} lớn hơn max {Num(inputMax)}; hãy đổi lại cho đúng.",
                    $"Input \"{input.Id}\" of \"{node.Code}\" has min {Num(min)} above max {Num(inputMax)}; swap or correct them.");
            }

            CheckOptions(node, input, at);
            CheckWithin(node, input, at);
        }
    }

    private void CheckOptions(FrameworkNode node, InputDefinition input, SourceSpan at)
    {
        var options = input.Options.IsDefault ? [] : input.Options;
        if (input.Type == InputType.Choice && options.IsEmpty)
        {
            Error(ChoiceWithoutOptions, at,
                $"Đầu vào \"{input.Id}\" của \"{node.Code}\" là loại choice nhưng chưa có \"options\"; hãy liệt kê các lựa chọn.",
                $"Input \"{input.Id}\" of \"{node.Code}\" is a choice but has no \"options\"; list the options.");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            CheckIdentifier(option.Key, at, node.Code, "option");
            if (!keys.Add(option.Key))
            {
                Error(DuplicateInput, at,
                    $"Đầu vào \"{input.Id}\" của \"{node.Code}\" có hai lựa chọn cùng khóa \"{option.Key}\"; mỗi lựa chọn phải có khóa riêng.",
                    $"Input \"{input.Id}\" of \"{node.Code}\" has two options with the key \"{option.Key}\"; each option needs its own key.");
            }
        }
    }

    private void CheckIdentifier(string id, SourceSpan at, string code, string kind)
    {
        if (IsIdentifier(id))
        {
            return;
        }

        var (vi, en) = kind == "input" ? ("id đầu vào", "input id") : ("khóa lựa chọn", "option key");
        Error(Identifier, at,
            $"{char.ToUpperInvariant(vi[0])}{vi[1..]} \"{id}\" của \"{code}\" không dùng được trong công thức; chỉ dùng chữ cái, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái (ví dụ so_can_bo).",
            $"The {en} \"{id}\" of \"{code}\" cannot be used in formulas; use letters, digits and underscores, starting with a letter (e.g. staff_count).");
    }

    // The formula language's identifiers: letters (Vietnamese included, with their combining marks), digits, '_'.
    internal static bool IsIdentifier(string id) =>
        id.Length > 0 && char.IsLetter(id[0]) && id.All(c => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
}
