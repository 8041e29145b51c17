namespace ChiSo.Engine.Formulas;

/// <summary>The built-in function names and how many arguments each takes.</summary>
internal static class FormulaFunctions
{
    public sealed record Signature(string Name, FormulaFunction Function, int MinArguments, int MaxArguments);

    // In the order the documentation lists them; choose and date are parsed specially but are still names users write.
    public static readonly string[] Names =
        ["if", "min", "max", "clamp", "ratio", "round", "abs", "has", "coalesce", "steps", "linear", "choose", "date"];

    private static readonly Dictionary<string, Signature> Signatures = new Signature[]
    {
        new("if", FormulaFunction.If, 3, 3),
        new("min", FormulaFunction.Min, 2, int.MaxValue),
        new("max", FormulaFunction.Max, 2, int.MaxValue),
        new("clamp", FormulaFunction.Clamp, 3, 3),
        new("ratio", FormulaFunction.Ratio, 2, 2),
        new("round", FormulaFunction.Round, 1, 2),
        new("abs", FormulaFunction.Abs, 1, 1),
        new("has", FormulaFunction.Has, 1, 1),
        new("coalesce", FormulaFunction.Coalesce, 2, int.MaxValue),
        new("steps", FormulaFunction.Steps, 3, int.MaxValue),
        new("linear", FormulaFunction.Linear, 3, 3),
    }.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public static Signature? Find(string name) => Signatures.GetValueOrDefault(name);

    public static bool IsFunctionName(string name) => Names.Contains(name, StringComparer.Ordinal);
}
