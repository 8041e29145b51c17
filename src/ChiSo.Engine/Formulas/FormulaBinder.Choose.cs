using System.Collections.Immutable;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Formulas;

internal sealed partial class FormulaBinder
{
    private BoundChoose? BindChoose(ChooseSyntax choose)
    {
        var subject = Bind(choose.Subject);
        var values = choose.Arms.Select(arm => Bind(arm.Value)).ToArray();
        var input = subject is BoundInput { Type: FormulaType.Choice } choice ? Inputs[choice.Index] : null;
        if (subject is not null && input is null)
        {
            Report(choose.Subject.Span, FormulaMessages.ChooseSubject(Excerpt(choose.Subject.Span), subject.Type));
        }

        var type = ArmType(choose, values);
        if (input is null || type is null)
        {
            return null;
        }

        var arms = new BoundNode?[input.Options.Length];
        var seen = new Dictionary<string, FormulaSpan>(StringComparer.Ordinal);
        BoundNode? fallback = null;
        var ok = true;
        for (var i = 0; i < choose.Arms.Length; i++)
        {
            var arm = choose.Arms[i];
            if (arm.Key.Length == 0)
            {
                ok = false;
                continue;
            }

            if (!seen.TryAdd(arm.Key, arm.KeySpan))
            {
                Report(arm.KeySpan, FormulaMessages.DuplicateArm(arm.Key, seen[arm.Key].Column));
                ok = false;
            }
            else if (arm.Key == ChooseArm.ElseKey)
            {
                fallback = values[i];
            }
            else if (OptionIndex(input, arm.Key) is var option and >= 0)
            {
                arms[option] = values[i];
            }
            else
            {
                Report(arm.KeySpan, FormulaMessages.UnknownOption(arm.Key, input.Id, input.Options.Select(o => o.Key)));
                ok = false;
            }
        }

        return ok && CheckCovered(choose, input, seen) && values.All(v => v is not null)
            ? new BoundChoose(subject!, [.. arms], fallback, type.Value)
            : null;
    }

    private FormulaType? ArmType(ChooseSyntax choose, BoundNode?[] values)
    {
        FormulaType? type = null;
        var ok = true;
        for (var i = 0; i < values.Length; i++)
        {
            var span = choose.Arms[i].Value.Span;
            if (values[i] is not { } value)
            {
                continue;
            }

            if (!Values.Contains(value.Type))
            {
                Report(span, FormulaMessages.ArgumentType("choose", i + 2, Excerpt(span), value.Type, Values));
                ok = false;
            }
            else if (type is null)
            {
                type = value.Type;
            }
            else if (value.Type != type)
            {
                var first = choose.Arms[Array.FindIndex(values, v => v is not null && v.Type == type)].Value.Span;
                Report(span, FormulaMessages.ArgumentsDiffer("choose", Excerpt(first), type.Value, Excerpt(span), value.Type));
                ok = false;
            }
        }

        if (choose.Arms.IsEmpty && choose.Subject is not ErrorSyntax)
        {
            Report(choose.Span, FormulaMessages.ChooseNeedsSubject());
        }

        return ok ? type : null;
    }

    private bool CheckCovered(ChooseSyntax choose, InputDefinition input, Dictionary<string, FormulaSpan> seen)
    {
        if (seen.ContainsKey(ChooseArm.ElseKey))
        {
            return true;
        }

        var missing = input.Options.Select(o => o.Key).Where(k => !seen.ContainsKey(k)).ToImmutableArray();
        if (missing.IsEmpty)
        {
            return true;
        }

        Report(choose.NameSpan, FormulaMessages.UncoveredOptions(input.Id, missing));
        return false;
    }

    private static int OptionIndex(InputDefinition input, string key)
    {
        for (var i = 0; i < input.Options.Length; i++)
        {
            if (string.Equals(input.Options[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
