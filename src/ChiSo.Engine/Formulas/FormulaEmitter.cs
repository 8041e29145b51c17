using System.Diagnostics;
using System.Linq.Expressions;

namespace ChiSo.Engine.Formulas;

/// <summary>
/// Compiles a <see cref="BoundNode"/> tree to a delegate over the input values with System.Linq.Expressions.
/// The code is straight-line arithmetic and conditionals on doubles: no allocation, no calls back into the tree.
/// Missing values need explicit tests only where IEEE arithmetic would not already give NaN (comparisons, logic).
/// </summary>
internal sealed partial class FormulaEmitter
{
    private static readonly Expression Missing = Expression.Constant(double.NaN);
    private static readonly Expression Zero = Expression.Constant(0.0);
    private static readonly Expression One = Expression.Constant(1.0);

    private readonly ParameterExpression inputs = Expression.Parameter(typeof(double[]), "inputs");

    public static Func<double[], double> Compile(BoundNode root)
    {
        var emitter = new FormulaEmitter();
        var body = emitter.Emit(root);
        return Expression.Lambda<Func<double[], double>>(body, emitter.inputs).Compile();
    }

    private Expression Emit(BoundNode node) => node switch
    {
        BoundConstant constant => Expression.Constant(constant.Value),
        BoundInput input => Expression.ArrayIndex(inputs, Expression.Constant(input.Index)),
        BoundUnary unary => EmitUnary(unary),
        BoundBinary binary => EmitBinary(binary),
        BoundCall call => EmitCall(call),
        BoundChoose choose => EmitChoose(choose),
        _ => throw new UnreachableException(),
    };

    private Expression EmitUnary(BoundUnary unary)
    {
        var operand = Emit(unary.Operand);
        return unary.Operator switch
        {
            UnaryOperator.Negate => Expression.Negate(operand),
            UnaryOperator.Not => Let(operand, x =>
                Expression.Condition(Expression.Equal(x, Zero), One, Expression.Condition(IsNaN(x), Missing, Zero))),
        };
    }

    private Expression EmitBinary(BoundBinary binary)
    {
        var left = Emit(binary.Left);
        var right = Emit(binary.Right);
        return binary.Operator switch
        {
            BinaryOperator.Add => Expression.Add(left, right),
            BinaryOperator.Subtract => Expression.Subtract(left, right),
            BinaryOperator.Multiply => Expression.Multiply(left, right),
            BinaryOperator.Divide => Let(left, right, (a, b) =>
                Expression.Condition(Expression.Equal(b, Zero), Missing, Expression.Divide(a, b))),
            BinaryOperator.Less => Compare(left, right, Expression.LessThan),
            BinaryOperator.LessOrEqual => Compare(left, right, Expression.LessThanOrEqual),
            BinaryOperator.Greater => Compare(left, right, Expression.GreaterThan),
            BinaryOperator.GreaterOrEqual => Compare(left, right, Expression.GreaterThanOrEqual),
            BinaryOperator.Equal => Compare(left, right, Expression.Equal),
            BinaryOperator.NotEqual => Compare(left, right, Expression.NotEqual),
            BinaryOperator.And => Let(left, right, (a, b) => Expression.Condition(
                Expression.OrElse(Expression.Equal(a, Zero), Expression.Equal(b, Zero)),
                Zero,
                Expression.Condition(AnyNaN(a, b), Missing, One))),
            BinaryOperator.Or => Let(left, right, (a, b) => Expression.Condition(
                Expression.OrElse(IsKnownTrue(a), IsKnownTrue(b)),
                One,
                Expression.Condition(AnyNaN(a, b), Missing, Zero))),
        };
    }

    private static BlockExpression Compare(Expression left, Expression right, Func<Expression, Expression, BinaryExpression> test) =>
        Let(left, right, (a, b) => Expression.Condition(AnyNaN(a, b), Missing, Expression.Condition(test(a, b), One, Zero)));

    private BlockExpression EmitChoose(BoundChoose choose)
    {
        // A chain of equality tests: choice inputs have a handful of options.
        Expression result = choose.Else is { } fallback ? Emit(fallback) : Missing;
        return Let(Emit(choose.Subject), option =>
        {
            for (var i = choose.Arms.Length - 1; i >= 0; i--)
            {
                if (choose.Arms[i] is { } arm)
                {
                    result = Expression.Condition(Expression.Equal(option, Expression.Constant((double)i)), Emit(arm), result);
                }
            }

            return Expression.Condition(IsNaN(option), Missing, result);
        });
    }

    private static Expression IsNaN(Expression x) => Expression.NotEqual(x, x);

    private static BinaryExpression AnyNaN(Expression a, Expression b) => Expression.OrElse(IsNaN(a), IsNaN(b));

    private static BinaryExpression IsKnownTrue(Expression x) => Expression.AndAlso(Expression.NotEqual(x, Zero), Expression.Equal(x, x));

    // Binds a value to a local so that the expression built from it evaluates the value once.
    private static BlockExpression Let(Expression value, Func<ParameterExpression, Expression> body)
    {
        var variable = Expression.Variable(typeof(double));
        return Expression.Block([variable], Expression.Assign(variable, value), body(variable));
    }

    private static BlockExpression Let(Expression first, Expression second, Func<ParameterExpression, ParameterExpression, Expression> body) =>
        Let(first, a => Let(second, b => body(a, b)));
}
