namespace ChiSo.Engine.Formulas;

internal sealed partial class FormulaBinder
{
    private BoundBinary? BindBinary(BinarySyntax binary)
    {
        var left = Bind(binary.Left);
        var right = Bind(binary.Right);
        var accepted = AcceptedOperands(binary.Operator);
        var symbol = Symbol(binary.Operator);
        var ok = CheckOperand(binary.Left, left, accepted, symbol) & CheckOperand(binary.Right, right, accepted, symbol);
        if (!ok || left is null || right is null)
        {
            return null;
        }

        if (ResultType(binary.Operator, left.Type, right.Type) is not { } type)
        {
            Report(binary.OperatorSpan, FormulaMessages.OperandMismatch(symbol, left.Type, right.Type));
            return null;
        }

        return new BoundBinary(binary.Operator, left, right, type);
    }

    private bool CheckOperand(FormulaSyntax syntax, BoundNode? bound, FormulaType[] accepted, string symbol)
    {
        if (bound is null || accepted.Contains(bound.Type))
        {
            return true;
        }

        Report(syntax.Span, FormulaMessages.OperandType(symbol, Excerpt(syntax.Span), bound.Type, accepted));
        return false;
    }

    private static FormulaType[] AcceptedOperands(BinaryOperator op) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Subtract => [FormulaType.Number, FormulaType.Date],
        BinaryOperator.Multiply or BinaryOperator.Divide => [FormulaType.Number],
        BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual =>
            [FormulaType.Number, FormulaType.Date],
        BinaryOperator.Equal or BinaryOperator.NotEqual => [FormulaType.Number, FormulaType.Boolean, FormulaType.Date],
        BinaryOperator.And or BinaryOperator.Or => [FormulaType.Boolean],
    };

    // Dates move by whole days: date ± number is a date, date − date is a number of days.
    private static FormulaType? ResultType(BinaryOperator op, FormulaType left, FormulaType right) => (op, left, right) switch
    {
        (BinaryOperator.Add, FormulaType.Number, FormulaType.Number) => FormulaType.Number,
        (BinaryOperator.Add, FormulaType.Date, FormulaType.Number) => FormulaType.Date,
        (BinaryOperator.Add, FormulaType.Number, FormulaType.Date) => FormulaType.Date,
        (BinaryOperator.Subtract, FormulaType.Number, FormulaType.Number) => FormulaType.Number,
        (BinaryOperator.Subtract, FormulaType.Date, FormulaType.Number) => FormulaType.Date,
        (BinaryOperator.Subtract, FormulaType.Date, FormulaType.Date) => FormulaType.Number,
        (BinaryOperator.Multiply or BinaryOperator.Divide, FormulaType.Number, FormulaType.Number) => FormulaType.Number,
        (BinaryOperator.And or BinaryOperator.Or, FormulaType.Boolean, FormulaType.Boolean) => FormulaType.Boolean,
        (BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual
            or BinaryOperator.Equal or BinaryOperator.NotEqual, _, _) when left == right => FormulaType.Boolean,
        _ => null,
    };

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.And => "and",
        BinaryOperator.Or => "or",
    };
}
