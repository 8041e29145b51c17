using System.Collections.Immutable;
using ChiSo.Engine.Formulas;

namespace ChiSo.Engine.Frameworks;

/// <summary>Edits of a criterion's inputs and scoring rule.</summary>
public static partial class FrameworkEdits
{
    /// <summary>Adds <paramref name="input"/> to the criterion <paramref name="code"/>, after its other inputs.</summary>
    public static EditOutcome AddInput(FrameworkDefinition framework, string code, InputDefinition input, EditLimits limits)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(limits);
        if (Criterion(framework, code, out var node) is { } refused)
        {
            return refused;
        }

        var inputs = node.Inputs.IsDefault ? [] : node.Inputs;
        if (inputs.Length >= limits.MaxInputs)
        {
            return EditOutcome.Refused(
                $"Tiêu chí \"{code}\" đã có {limits.MaxInputs} đầu vào, là số tối đa.", $"Criterion \"{code}\" already has {limits.MaxInputs} inputs, the most allowed.");
        }

        return InputRefusal(code, input, inputs, limits)
            ?? EditOutcome.Done(framework with { Tree = Change(framework.Tree, code, n => n with { Inputs = inputs.Add(input) }) });
    }

    /// <summary>
    /// Replaces the input <paramref name="inputId"/> of the criterion <paramref name="code"/> with
    /// <paramref name="input"/>, in its place. Its id may change only while the rule does not use it.
    /// </summary>
    public static EditOutcome ChangeInput(FrameworkDefinition framework, string code, string inputId, InputDefinition input, EditLimits limits)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(limits);
        if (Criterion(framework, code, out var node) is { } refused)
        {
            return refused;
        }

        var inputs = node.Inputs.IsDefault ? [] : node.Inputs;
        var index = inputs.IndexOf(inputs.FirstOrDefault(i => i.Id == inputId)!);
        if (index < 0)
        {
            return UnknownInput(code, inputId);
        }

        if (input.Id != inputId && RuleUses(node, inputId))
        {
            return UsedByRule(code, inputId, "đổi id", "renamed");
        }

        return InputRefusal(code, input, inputs.RemoveAt(index), limits)
            ?? EditOutcome.Done(framework with { Tree = Change(framework.Tree, code, n => n with { Inputs = inputs.SetItem(index, input) }) });
    }

    /// <summary>Removes the input <paramref name="inputId"/> of the criterion <paramref name="code"/>, unless its rule uses it.</summary>
    public static EditOutcome RemoveInput(FrameworkDefinition framework, string code, string inputId)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (Criterion(framework, code, out var node) is { } refused)
        {
            return refused;
        }

        var inputs = node.Inputs.IsDefault ? [] : node.Inputs;
        if (!inputs.Any(i => i.Id == inputId))
        {
            return UnknownInput(code, inputId);
        }

        return RuleUses(node, inputId)
            ? UsedByRule(code, inputId, "xoá", "removed")
            : EditOutcome.Done(framework with { Tree = Change(framework.Tree, code, n => n with { Inputs = [.. inputs.Where(i => i.Id != inputId)] }) });
    }

    /// <summary>
    /// Sets the scoring rule of the criterion <paramref name="code"/>; empty text removes it. A rule that does not
    /// compile is kept as written: the validator lists its problems, with their column.
    /// </summary>
    public static EditOutcome SetRule(FrameworkDefinition framework, string code, string? score)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (Criterion(framework, code, out _) is { } refused)
        {
            return refused;
        }

        var rule = string.IsNullOrWhiteSpace(score) ? null : score.Trim();
        return EditOutcome.Done(framework with { Tree = Change(framework.Tree, code, n => n with { Score = rule, ScoreAt = default }) });
    }

    /// <summary>The names a rule refers to (inputs, <c>max</c>), read from its syntax; empty when it has none.</summary>
    public static ImmutableHashSet<string> NamesIn(string? score)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(score))
        {
            Collect(FormulaParser.Parse(score).Syntax, names);
        }

        return names.ToImmutable();
    }

    private static void Collect(FormulaSyntax syntax, ImmutableHashSet<string>.Builder names)
    {
        switch (syntax)
        {
            case NameSyntax name:
                names.Add(name.Name);
                break;
            case UnarySyntax unary:
                Collect(unary.Operand, names);
                break;
            case BinarySyntax binary:
                Collect(binary.Left, names);
                Collect(binary.Right, names);
                break;
            case CallSyntax call:
                foreach (var argument in call.Arguments)
                {
                    Collect(argument, names);
                }

                break;
            case ChooseSyntax choose:
                Collect(choose.Subject, names);
                foreach (var arm in choose.Arms)
                {
                    Collect(arm.Value, names);
                }

                break;
            default:
                break;
        }
    }

    private static bool RuleUses(FrameworkNode node, string inputId) => NamesIn(node.Score).Contains(inputId);

    private static EditOutcome? Criterion(FrameworkDefinition framework, string code, out FrameworkNode node)
    {
        node = null!;
        if (Find(framework.Tree, code) is not { } found)
        {
            return Unknown(code);
        }

        node = found.Node;
        return node.IsLeaf ? null : EditOutcome.Refused(
            $"\"{code}\" có nút con nên không có đầu vào hay công thức: điểm của nó là tổng điểm các nút con.",
            $"\"{code}\" has children, so it has no inputs or rule: its points are its children's sum.");
    }

    private static EditOutcome? InputRefusal(string code, InputDefinition input, ImmutableArray<InputDefinition> others, EditLimits limits)
    {
        if (!ValidationRun.IsIdentifier(input.Id))
        {
            return EditOutcome.Refused(
                $"Id đầu vào \"{input.Id}\" không dùng được trong công thức; chỉ dùng chữ cái, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái (ví dụ so_can_bo).",
                $"The input id \"{input.Id}\" cannot be used in formulas; use letters, digits and underscores, starting with a letter (e.g. staff_count).");
        }

        if (others.Any(i => i.Id == input.Id))
        {
            return EditOutcome.Refused(
                $"Tiêu chí \"{code}\" đã có đầu vào id \"{input.Id}\"; mỗi đầu vào phải có id riêng.",
                $"Criterion \"{code}\" already has an input with the id \"{input.Id}\"; each input needs its own id.");
        }

        var options = input.Options.IsDefault ? [] : input.Options;
        if (options.Length > limits.MaxOptions)
        {
            return EditOutcome.Refused(
                $"Đầu vào \"{input.Id}\" có {options.Length} lựa chọn, tối đa {limits.MaxOptions}.", $"Input \"{input.Id}\" has {options.Length} options, at most {limits.MaxOptions}.");
        }

        var bad = options.FirstOrDefault(o => !ValidationRun.IsIdentifier(o.Key));
        if (bad is not null || options.Select(o => o.Key).Distinct(StringComparer.Ordinal).Count() != options.Length)
        {
            return EditOutcome.Refused(
                $"Các khóa lựa chọn của \"{input.Id}\" phải khác nhau và chỉ dùng chữ cái, chữ số, dấu gạch dưới, bắt đầu bằng chữ cái{(bad is null ? "" : $" (\"{bad.Key}\" không hợp lệ)")}.",
                $"The option keys of \"{input.Id}\" must differ and use letters, digits and underscores, starting with a letter{(bad is null ? "" : $" (\"{bad.Key}\" is not)")}.");
        }

        return null;
    }

    private static EditOutcome UnknownInput(string code, string inputId) =>
        EditOutcome.Refused($"Tiêu chí \"{code}\" không có đầu vào id \"{inputId}\".", $"Criterion \"{code}\" has no input with the id \"{inputId}\".");

    private static EditOutcome UsedByRule(string code, string inputId, string vi, string en) =>
        EditOutcome.Refused(
            $"Công thức tính điểm của \"{code}\" đang dùng đầu vào \"{inputId}\" nên không {vi} được; hãy sửa công thức trước.",
            $"The scoring rule of \"{code}\" uses the input \"{inputId}\", so it cannot be {en}; change the rule first.");
}
