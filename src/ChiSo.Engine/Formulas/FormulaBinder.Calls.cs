using System.Collections.Immutable;

namespace ChiSo.Engine.Formulas;

internal sealed partial class FormulaBinder
{
    private static readonly FormulaType[] NumberOnly = [FormulaType.Number];
    private static readonly FormulaType[] Ordered = [FormulaType.Number, FormulaType.Date];
    private static readonly FormulaType[] Values = [FormulaType.Number, FormulaType.Boolean, FormulaType.Date];
    private static readonly FormulaType[] Anything = [.. Values, FormulaType.Choice];

    private BoundCall? BindCall(CallSyntax call)
    {
        var arguments = call.Arguments.Select(Bind).ToArray();
        var signature = FormulaFunctions.Find(call.Function);
        if (signature is null)
        {
            Report(call.NameSpan, call.Function == "date"
                ? FormulaMessages.DateFormat()
                : FormulaMessages.UnknownFunction(call.Function, FormulaFunctions.Names));
            return null;
        }

        var count = arguments.Length;
        var stepsShape = signature.Function != FormulaFunction.Steps || count % 2 == 1;
        if (count < signature.MinArguments || count > signature.MaxArguments || !stepsShape)
        {
            Report(call.Span, FormulaMessages.ArgumentCount(signature.Name, count, signature.MinArguments, signature.MaxArguments));
            return null;
        }

        var type = signature.Function switch
        {
            FormulaFunction.If => IfType(call, arguments),
            FormulaFunction.Min or FormulaFunction.Max => Unify(call, arguments, 0, Ordered),
            FormulaFunction.Coalesce => Unify(call, arguments, 0, Values),
            FormulaFunction.Has => Expect(call, arguments, 0, Anything) ? FormulaType.Boolean : null,
            FormulaFunction.Clamp or FormulaFunction.Ratio or FormulaFunction.Round or FormulaFunction.Abs
                or FormulaFunction.Steps or FormulaFunction.Linear => AllNumbers(call, arguments),
        };
        if (type is null || arguments.Any(a => a is null) || !CheckConstants(call, signature.Function))
        {
            return null;
        }

        return new BoundCall(signature.Function, [.. arguments!], type.Value);
    }

    private FormulaType? IfType(CallSyntax call, BoundNode?[] arguments)
    {
        var condition = Expect(call, arguments, 0, [FormulaType.Boolean]);
        var type = Unify(call, arguments, 1, Values);
        return condition ? type : null;
    }

    private FormulaType? AllNumbers(CallSyntax call, BoundNode?[] arguments)
    {
        var ok = true;
        for (var i = 0; i < arguments.Length; i++)
        {
            ok &= Expect(call, arguments, i, NumberOnly);
        }

        return ok ? FormulaType.Number : null;
    }

    private bool Expect(CallSyntax call, BoundNode?[] arguments, int index, FormulaType[] accepted)
    {
        var bound = arguments[index];
        if (bound is null || accepted.Contains(bound.Type))
        {
            return true;
        }

        var span = call.Arguments[index].Span;
        Report(span, FormulaMessages.ArgumentType(call.Function, index + 1, Excerpt(span), bound.Type, accepted));
        return false;
    }

    // All arguments from `first` on must share one type among `accepted`; returns it, or null after reporting.
    private FormulaType? Unify(CallSyntax call, BoundNode?[] arguments, int first, FormulaType[] accepted)
    {
        var ok = true;
        for (var i = first; i < arguments.Length; i++)
        {
            ok &= Expect(call, arguments, i, accepted);
        }

        var typed = Enumerable.Range(first, arguments.Length - first).Where(i => arguments[i] is not null).ToArray();
        if (!ok || typed.Length == 0)
        {
            return null;
        }

        var type = arguments[typed[0]]!.Type;
        if (typed.FirstOrDefault(i => arguments[i]!.Type != type, -1) is var other and >= 0)
        {
            var a = call.Arguments[typed[0]].Span;
            var b = call.Arguments[other].Span;
            Report(b, FormulaMessages.ArgumentsDiffer(call.Function, Excerpt(a), type, Excerpt(b), arguments[other]!.Type));
            return null;
        }

        return type;
    }

    // Mistakes visible in literal arguments: thresholds out of order, an empty or inverted range.
    private bool CheckConstants(CallSyntax call, FormulaFunction function)
    {
        var literals = call.Arguments.Select(a => a is NumberSyntax n ? n.Value : (double?)null).ToArray();
        switch (function)
        {
            case FormulaFunction.Steps:
                for (var i = 3; i < literals.Length; i += 2)
                {
                    if (literals[i] is { } t && literals[i - 2] is { } previous && t <= previous)
                    {
                        Report(call.Arguments[i].Span, FormulaMessages.StepsOrder(t, previous));
                        return false;
                    }
                }

                return true;
            case FormulaFunction.Clamp when literals[1] is { } lo && literals[2] is { } hi && lo > hi:
                Report(FormulaSpan.Cover(call.Arguments[1].Span, call.Arguments[2].Span), FormulaMessages.ClampRange(lo, hi));
                return false;
            case FormulaFunction.Linear when literals[1] is { } lo && literals[2] is { } hi && lo == hi:
                Report(FormulaSpan.Cover(call.Arguments[1].Span, call.Arguments[2].Span), FormulaMessages.LinearRange(lo));
                return false;
            default:
                return true;
        }
    }
}
