using ChiSo.Engine.Formulas;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChiSo.Engine.Tests.Formulas;

public class FormulaPropertyTests
{
    private static readonly string[] Fragments =
    [
        "a", "b", "head", "flag", "when", "max", "tỷ_lệ", "x", "0", "1.5", "2.", "10", "+", "-", "*", "/", "(", ")", ",",
        "<", "<=", ">", ">=", "=", "==", "!=", "!", "&&", "and", "or", "not", "true", "false", "if(", "min(", "max(",
        "clamp(", "ratio(", "round(", "abs(", "has(", "coalesce(", "steps(", "linear(", "choose(", "choose(head, ",
        "chu_tich = ", "else = ", "date(", "date(2024-12-31)", "date(2024-02-30)", "2024-12-31", "$", "#", "😀", "\uD83D",
        " ", "\t", "ế", "foo(",
    ];

    [Property(MaxTest = 300)]
    public Property Compile_RandomWellTypedFormula_CompiledAgreesWithInterpreter() =>
        Prop.ForAll(Arb.From(FormulaGenerators.Formula.Zip(FormulaGenerators.Inputs)), pair =>
        {
            var (syntax, inputs) = pair;
            var source = FormulaPrinter.Print(syntax);
            var result = FormulaCompiler.Compile(source, TestFormulas.Context);
            Assert.True(result.Succeeded, source + " → " + string.Join("; ", result.Diagnostics.Select(d => d.MessageEn)));

            var compiled = result.Formula!.Evaluate(inputs);
            var interpreted = result.Formula.Interpret(inputs);

            Assert.True(Agree(compiled, interpreted), $"{source}: compiled {compiled}, interpreted {interpreted}");
        });

    [Property(MaxTest = 300)]
    public Property Print_RandomFormula_ParsesBackToTheSameTree() =>
        Prop.ForAll(Arb.From(FormulaGenerators.Formula), syntax =>
        {
            var source = FormulaPrinter.Print(syntax);
            var parsed = FormulaParser.Parse(source);

            Assert.Empty(parsed.Diagnostics);
            Assert.Equal(FormulaShape.Of(syntax), FormulaShape.Of(parsed.Syntax));
        });

    [Property(MaxTest = 1000)]
    public Property Compile_RandomFragments_NeverThrows() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Elements(Fragments)).Select(string.Concat)), CompilesSafely);

    [Property(MaxTest = 500)]
    public Property Compile_RandomCharacters_NeverThrows() =>
        Prop.ForAll<string>(source => CompilesSafely(source ?? ""));

    private static void CompilesSafely(string source)
    {
        var result = FormulaCompiler.Compile(source, TestFormulas.Context);

        Assert.Equal(result.Succeeded, result.Diagnostics.IsEmpty);
        Assert.All(result.Diagnostics, d => Assert.InRange(d.Column, 1, source.Length + 1));
        Assert.All(result.Diagnostics, d => Assert.True(d.Length >= 1 && d.MessageVi.Length > 0 && d.MessageEn.Length > 0));
        if (result.Formula is { } formula)
        {
            var missing = TestFormulas.Values();
            Assert.True(Agree(formula.Evaluate(missing), formula.Interpret(missing)));
        }
    }

    // NaN equals NaN (both missing); otherwise a small relative tolerance.
    private static bool Agree(double x, double y) =>
        (double.IsNaN(x) && double.IsNaN(y))
        || x.Equals(y)
        || Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y));
}
