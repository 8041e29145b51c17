using System.Linq.Expressions;
using System.Reflection;

namespace ChiSo.Engine.Formulas;

internal sealed partial class FormulaEmitter
{
    private static readonly MethodInfo MinMethod = ((Func<double, double, double>)Math.Min).Method;
    private static readonly MethodInfo MaxMethod = ((Func<double, double, double>)Math.Max).Method;
    private static readonly MethodInfo AbsMethod = ((Func<double, double>)Math.Abs).Method;
    private static readonly MethodInfo RoundMethod = ((Func<double, double, double>)FormulaMath.Round).Method;

    private Expression EmitCall(BoundCall call)
    {
        var args = call.Arguments;
        return call.Function switch
        {
            FormulaFunction.If => Let(Emit(args[0]), c => Expression.Condition(
                Expression.Equal(c, Zero), Emit(args[2]), Expression.Condition(IsNaN(c), Missing, Emit(args[1])))),
            FormulaFunction.Has => Let(Emit(args[0]), x => Expression.Condition(IsNaN(x), Zero, One)),
            FormulaFunction.Coalesce => Coalesce(args, 0),

            // Math.Min and Math.Max return NaN when either side is NaN, which is the rule for missing values.
            FormulaFunction.Min => args.Skip(1).Aggregate(Emit(args[0]), (acc, a) => Expression.Call(MinMethod, acc, Emit(a))),
            FormulaFunction.Max => args.Skip(1).Aggregate(Emit(args[0]), (acc, a) => Expression.Call(MaxMethod, acc, Emit(a))),
            FormulaFunction.Clamp => Clamp(Emit(args[0]), Emit(args[1]), Emit(args[2])),
            FormulaFunction.Ratio => Let(Emit(args[0]), Emit(args[1]), (a, b) => Expression.Condition(
                AnyNaN(a, b), Missing, Expression.Condition(Expression.Equal(b, Zero), Zero, Expression.Divide(a, b)))),
            FormulaFunction.Round => Expression.Call(RoundMethod, Emit(args[0]), args.Length > 1 ? Emit(args[1]) : Zero),
            FormulaFunction.Abs => Expression.Call(AbsMethod, Emit(args[0])),
            FormulaFunction.Steps => Steps(args),
            FormulaFunction.Linear => Linear(Emit(args[0]), Emit(args[1]), Emit(args[2])),
        };
    }

    private Expression Coalesce(IReadOnlyList<BoundNode> args, int index) => index == args.Count - 1
        ? Emit(args[index])
        : Let(Emit(args[index]), x => Expression.Condition(IsNaN(x), Coalesce(args, index + 1), x));

    private static MethodCallExpression Clamp(Expression x, Expression lo, Expression hi) =>
        Expression.Call(MinMethod, Expression.Call(MaxMethod, x, lo), hi);

    private static BlockExpression Linear(Expression x, Expression lo, Expression hi)
    {
        var (vx, vlo, vhi) = (Expression.Variable(typeof(double)), Expression.Variable(typeof(double)), Expression.Variable(typeof(double)));
        var scaled = Expression.Divide(Expression.Subtract(vx, vlo), Expression.Subtract(vhi, vlo));
        return Expression.Block(
            [vx, vlo, vhi],
            Expression.Assign(vx, x),
            Expression.Assign(vlo, lo),
            Expression.Assign(vhi, hi),
            Expression.Condition(
                Expression.OrElse(Expression.OrElse(IsNaN(vx), IsNaN(vlo)), Expression.OrElse(IsNaN(vhi), Expression.Equal(vlo, vhi))),
                Missing,
                Clamp(scaled, Zero, One)));
    }

    // Evaluates every argument once into a local; missing if any is; then keeps the points of the highest
    // threshold reached, scanning pairs in order so that a later equal threshold wins, as the interpreter does.
    private BlockExpression Steps(IReadOnlyList<BoundNode> args)
    {
        var locals = args.Select(_ => Expression.Variable(typeof(double))).ToArray();
        var points = Expression.Variable(typeof(double));
        var best = Expression.Variable(typeof(double));
        var body = new List<Expression>();
        body.AddRange(args.Select((a, i) => Expression.Assign(locals[i], Emit(a))));
        body.Add(Expression.Assign(points, Zero));
        body.Add(Expression.Assign(best, Expression.Constant(double.NegativeInfinity)));
        for (var i = 1; i + 1 < locals.Length; i += 2)
        {
            var reached = Expression.AndAlso(
                Expression.GreaterThanOrEqual(locals[0], locals[i]), Expression.GreaterThanOrEqual(locals[i], best));
            body.Add(Expression.IfThen(reached, Expression.Block(
                Expression.Assign(best, locals[i]), Expression.Assign(points, locals[i + 1]))));
        }

        var anyMissing = locals.Select(IsNaN).Aggregate(Expression.OrElse);
        body.Add(Expression.Condition(anyMissing, Missing, points));
        return Expression.Block([.. locals, points, best], body);
    }
}
