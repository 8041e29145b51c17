using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Tests.Formulas;

/// <summary>A criterion with one input of each kind, max 10 points, and helpers that evaluate both ways.</summary>
internal static class TestFormulas
{
    public static readonly FormulaContext Context = new(
        [
            Input("a", InputType.Number),
            Input("b", InputType.Number),
            Input("flag", InputType.YesNo),
            Input("when", InputType.Date),
            Input("head", InputType.Choice, "chu_tich", "pho_chu_tich", "khong"),
            Input("doc", InputType.Document),
            Input("pct", InputType.Percentage),
            Input("n", InputType.Integer),
            Input("tỷ_lệ", InputType.Number),
        ],
        MaxPoints: 10);

    public static InputDefinition Input(string id, InputType type, params string[] options) => new()
    {
        Id = id,
        Type = type,
        Options = [.. options.Select(o => new ChoiceOption(o, o))],
    };

    public static CompiledFormula Compile(string source, FormulaContext? context = null)
    {
        var result = FormulaCompiler.Compile(source, context ?? Context);
        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics.Select(d => $"{d.Column}: {d.MessageEn}")));
        return result.Formula!;
    }

    public static FormulaDiagnostic SingleError(string source, FormulaContext? context = null)
    {
        var result = FormulaCompiler.Compile(source, context ?? Context);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    /// <summary>Inputs not named are missing (NaN).</summary>
    public static double[] Values(params (string Id, double Value)[] values)
    {
        var inputs = Enumerable.Repeat(double.NaN, Context.Inputs.Length).ToArray();
        foreach (var (id, value) in values)
        {
            inputs[Context.Inputs.Select(i => i.Id).ToList().IndexOf(id)] = value;
        }

        return inputs;
    }

    /// <summary>Evaluates compiled and interpreted, checks they agree, and returns the result.</summary>
    public static double Evaluate(string source, params (string Id, double Value)[] values)
    {
        var formula = Compile(source);
        var inputs = Values(values);
        var compiled = formula.Evaluate(inputs);
        var interpreted = formula.Interpret(inputs);
        Assert.Equal(interpreted, compiled);
        return compiled;
    }
}
