using System.Diagnostics;

namespace ChiSo.Engine.Formulas;

/// <summary>
/// The plain tree-walking evaluator: the reference semantics, written to read like the language documentation.
/// The compiled form must agree with it (a property test checks this on random formulas).
/// </summary>
internal static partial class FormulaInterpreter
{
    private const double Missing = double.NaN;

    public static double Evaluate(BoundNode node, ReadOnlySpan<double> inputs) => node switch
    {
        BoundConstant constant => constant.Value,
        BoundInput input => inputs[input.Index],
        BoundUnary unary => Unary(unary.Operator, Evaluate(unary.Operand, inputs)),
        BoundBinary binary => Binary(binary.Operator, Evaluate(binary.Left, inputs), Evaluate(binary.Right, inputs)),
        BoundCall call => Call(call, inputs),
        BoundChoose choose => Choose(choose, inputs),
        _ => throw new UnreachableException(),
    };

    private static double Unary(UnaryOperator op, double x)
    {
        if (double.IsNaN(x))
        {
            return Missing;
        }

        return op switch
        {
            UnaryOperator.Negate => -x,
            UnaryOperator.Not => IsTrue(x) ? 0 : 1,
        };
    }

    private static double Binary(BinaryOperator op, double a, double b)
    {
        // Three-valued logic: a known false decides `and`, a known true decides `or`, even beside a missing value.
        if (op == BinaryOperator.And && (IsFalse(a) || IsFalse(b)))
        {
            return 0;
        }

        if (op == BinaryOperator.Or && (IsKnownTrue(a) || IsKnownTrue(b)))
        {
            return 1;
        }

        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return Missing;
        }

        return op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            BinaryOperator.Divide => b == 0 ? Missing : a / b,
            BinaryOperator.Less => Truth(a < b),
            BinaryOperator.LessOrEqual => Truth(a <= b),
            BinaryOperator.Greater => Truth(a > b),
            BinaryOperator.GreaterOrEqual => Truth(a >= b),
            BinaryOperator.Equal => Truth(a == b),
            BinaryOperator.NotEqual => Truth(a != b),
            BinaryOperator.And => 1,
            BinaryOperator.Or => 0,
        };
    }

    private static double Choose(BoundChoose choose, ReadOnlySpan<double> inputs)
    {
        var option = Evaluate(choose.Subject, inputs);
        if (double.IsNaN(option))
        {
            return Missing;
        }

        // An index that names no option (bad data) falls to `else`, or is missing without one.
        for (var i = 0; i < choose.Arms.Length; i++)
        {
            if (option == i && choose.Arms[i] is { } arm)
            {
                return Evaluate(arm, inputs);
            }
        }

        return choose.Else is { } fallback ? Evaluate(fallback, inputs) : Missing;
    }

    private static bool IsTrue(double x) => x != 0;

    private static bool IsFalse(double x) => x == 0;

    private static bool IsKnownTrue(double x) => x != 0 && !double.IsNaN(x);

    private static double Truth(bool value) => value ? 1 : 0;
}
