using System.Globalization;
using System.Text;

namespace ChiSo.Engine.Formulas;

/// <summary>
/// Writes a <see cref="FormulaSyntax"/> tree back as formula text, with brackets only where precedence needs
/// them; parsing the text gives the same tree (spans aside).
/// </summary>
public static class FormulaPrinter
{
    internal const int Or = 1;
    internal const int And = 2;
    internal const int Not = 3;
    internal const int Comparison = 4;
    internal const int Additive = 5;
    internal const int Multiplicative = 6;
    internal const int Negation = 7;
    internal const int Primary = 8;

    /// <summary>The text of <paramref name="syntax"/>.</summary>
    public static string Print(FormulaSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var text = new StringBuilder();
        Write(text, syntax, 0);
        return text.ToString();
    }

    /// <summary>A number as the language writes it: decimal point, no exponent.</summary>
    public static string FormatNumber(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal) && Math.Abs(value) < 7.9e28)
        {
            text = ((decimal)value).ToString(CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static void Write(StringBuilder text, FormulaSyntax syntax, int context)
    {
        var level = Level(syntax);
        var bracket = level < context;
        text.Append(bracket ? "(" : "");
        switch (syntax)
        {
            case NumberSyntax number when number.Value < 0 || double.IsNegative(number.Value):
                text.Append('(').Append(FormatNumber(number.Value)).Append(')');
                break;
            case NumberSyntax number:
                text.Append(FormatNumber(number.Value));
                break;
            case BooleanSyntax boolean:
                text.Append(boolean.Value ? "true" : "false");
                break;
            case DateSyntax date:
                text.Append("date(").Append(date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(')');
                break;
            case NameSyntax name:
                text.Append(name.Name);
                break;
            case UnarySyntax unary:
                WriteUnary(text, unary);
                break;
            case BinarySyntax binary:
                Write(text, binary.Left, level);
                text.Append(' ').Append(FormulaBinder.Symbol(binary.Operator)).Append(' ');
                Write(text, binary.Right, level + 1);
                break;
            case CallSyntax call:
                text.Append(call.Function).Append('(');
                WriteList(text, call.Arguments, (t, a) => Write(t, a, 0));
                text.Append(')');
                break;
            case ChooseSyntax choose:
                text.Append("choose(");
                Write(text, choose.Subject, 0);
                foreach (var arm in choose.Arms)
                {
                    text.Append(", ").Append(arm.Key).Append(" = ");
                    Write(text, arm.Value, 0);
                }

                text.Append(')');
                break;
            default:
                text.Append('?');
                break;
        }

        text.Append(bracket ? ")" : "");
    }

    private static void WriteUnary(StringBuilder text, UnarySyntax unary)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            text.Append("not ");
            Write(text, unary.Operand, Not);
            return;
        }

        text.Append('-');
        Write(text, unary.Operand, Negation);
    }

    private static void WriteList<T>(StringBuilder text, IEnumerable<T> items, Action<StringBuilder, T> write)
    {
        var first = true;
        foreach (var item in items)
        {
            text.Append(first ? "" : ", ");
            write(text, item);
            first = false;
        }
    }

    /// <summary>How tightly <paramref name="syntax"/> binds: brackets go around a part that binds looser than its place.</summary>
    internal static int Level(FormulaSyntax syntax) => syntax switch
    {
        BinarySyntax { Operator: BinaryOperator.Or } => Or,
        BinarySyntax { Operator: BinaryOperator.And } => And,
        UnarySyntax { Operator: UnaryOperator.Not } => Not,
        BinarySyntax { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => Additive,
        BinarySyntax { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } => Multiplicative,
        BinarySyntax => Comparison,
        UnarySyntax => Negation,
        _ => Primary,
    };
}
