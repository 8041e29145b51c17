using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Formulas;

/// <summary>
/// Writes a scoring rule as a sentence instead of code: <c>max * clamp(ratio(a, b) / 0.8, 0, 1)</c> becomes
/// "điểm tối đa × (tỷ lệ «Số cán bộ được đào tạo» trên «Tổng số cán bộ» ÷ 0,8, giữ trong khoảng 0 đến 1)". Inputs are
/// named by their labels, choice keys by their option labels. Pure; the formula itself stays available to those who ask.
/// </summary>
public static partial class FormulaWords
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FrameworkNode, StrongBox> Described = [];

    /// <summary>
    /// The rule of <paramref name="criterion"/> in words, worked out once per node (a framework's nodes live as long
    /// as its cached plan, so a form of 100 criteria does not parse 100 rules on every page); null without a rule.
    /// </summary>
    public static Bilingual? Describe(FrameworkNode criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return criterion.Score is null ? null
            : Described.GetValue(criterion, n => new StrongBox(Describe(n.Score!, n.Inputs))).Value;
    }

    private sealed class StrongBox(Bilingual? value)
    {
        public Bilingual? Value { get; } = value;
    }

    /// <summary>The rule <paramref name="source"/> of a criterion with <paramref name="inputs"/>; null when it does not parse.</summary>
    public static Bilingual? Describe(string source, ImmutableArray<InputDefinition> inputs)
    {
        var parsed = FormulaParser.Parse(source);
        if (!parsed.Diagnostics.IsEmpty)
        {
            return null;
        }

        var byId = (inputs.IsDefault ? [] : inputs).GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new Bilingual(new Writer(byId, true).Text(parsed.Syntax), new Writer(byId, false).Text(parsed.Syntax));
    }

    private sealed partial class Writer(Dictionary<string, InputDefinition> inputs, bool vi)
    {
        public string Text(FormulaSyntax syntax)
        {
            var text = new StringBuilder();
            Write(text, syntax, 0);
            return text.ToString();
        }

        private string T(string viText, string enText) => vi ? viText : enText;

        private void Write(StringBuilder text, FormulaSyntax syntax, int context)
        {
            var level = Level(syntax);
            var bracket = level < context;
            text.Append(bracket ? "(" : "");
            switch (syntax)
            {
                case NumberSyntax number:
                    text.Append(Number(number.Value));
                    break;
                case BooleanSyntax boolean:
                    text.Append(boolean.Value ? T("đúng", "true") : T("sai", "false"));
                    break;
                case DateSyntax date:
                    text.Append(date.Value.ToString(vi ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case NameSyntax name:
                    text.Append(Name(name.Name));
                    break;
                case UnarySyntax { Operator: UnaryOperator.Not } unary:
                    text.Append(T("không phải ", "not "));
                    Write(text, unary.Operand, FormulaPrinter.Not + 1);
                    break;
                case UnarySyntax unary:
                    text.Append('−');
                    Write(text, unary.Operand, FormulaPrinter.Negation);
                    break;
                case BinarySyntax binary:
                    Write(text, binary.Left, level);
                    text.Append(' ').Append(Operator(binary.Operator)).Append(' ');
                    Write(text, binary.Right, level + 1);
                    break;
                case CallSyntax call:
                    WriteCall(text, call);
                    break;
                case ChooseSyntax choose:
                    WriteChoose(text, choose);
                    break;
                default:
                    text.Append('?');
                    break;
            }

            text.Append(bracket ? ")" : "");
        }

        private string Number(double value) =>
            vi ? value.ToString("#,##0.##########", Vietnamese) : value.ToString("#,##0.##########", CultureInfo.InvariantCulture);

        private string Name(string name) => name == "max"
            ? T("điểm tối đa", "the maximum points")
            : "«" + (inputs.TryGetValue(name, out var input) && !string.IsNullOrWhiteSpace(input.Label) ? input.Label!.Trim() : name) + "»";

        private string Operator(BinaryOperator op) => op switch
        {
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "−",
            BinaryOperator.Multiply => "×",
            BinaryOperator.Divide => "÷",
            BinaryOperator.Less => T("nhỏ hơn", "is less than"),
            BinaryOperator.LessOrEqual => T("nhỏ hơn hoặc bằng", "is at most"),
            BinaryOperator.Greater => T("lớn hơn", "is more than"),
            BinaryOperator.GreaterOrEqual => T("lớn hơn hoặc bằng", "is at least"),
            BinaryOperator.Equal => T("bằng", "equals"),
            BinaryOperator.NotEqual => T("khác", "differs from"),
            BinaryOperator.And => T("và", "and"),
            BinaryOperator.Or => T("hoặc", "or"),
            _ => op.ToString(),
        };

        // The formula's own precedence (FormulaPrinter), except that a function in words is a clause: bracketed under
        // comparisons and arithmetic, not under "và"/"hoặc".
        private static int Level(FormulaSyntax syntax) =>
            syntax is CallSyntax or ChooseSyntax ? FormulaPrinter.Not : FormulaPrinter.Level(syntax);
    }
}
