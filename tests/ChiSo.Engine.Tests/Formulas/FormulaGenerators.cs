using System.Collections.Immutable;
using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;
using FsCheck;
using FsCheck.Fluent;

namespace ChiSo.Engine.Tests.Formulas;

/// <summary>FsCheck generators of well-typed formula trees over <see cref="TestFormulas.Context"/>, and of input values.</summary>
internal static class FormulaGenerators
{
    private static readonly FormulaSpan At = new(0, 0);
    private static readonly DateOnly Epoch = new(2020, 1, 1);

    public static Gen<FormulaSyntax> Formula =>
        Gen.Sized(size => Gen.OneOf(Of(FormulaType.Number, Math.Min(size, 40)), Of(FormulaType.Boolean, Math.Min(size, 40))));

    /// <summary>One value per context input: mostly plausible, often missing, sometimes an unknown option index.</summary>
    public static Gen<double[]> Inputs =>
        Gen.CollectToArray(TestFormulas.Context.Inputs, input => input.Type switch
        {
            InputType.YesNo or InputType.Document or InputType.File => Gen.Elements(double.NaN, 0.0, 1.0),
            InputType.Choice => Gen.Elements(double.NaN, 0.0, 1.0, 2.0, 5.0),
            InputType.Date => Gen.Frequency((1, Gen.Constant(double.NaN)), (4, Gen.Choose(0, 2000).Select(d => (double)(Epoch.DayNumber + d)))),
            _ => Gen.Frequency((1, Gen.Constant(double.NaN)), (1, Gen.Constant(0.0)), (6, Gen.Choose(-400, 800).Select(i => i / 4.0))),
        });

    public static Gen<FormulaSyntax> Of(FormulaType type, int size) => size <= 1
        ? Leaf(type)
        : Gen.Frequency((1, Leaf(type)), (3, Compound(type, size / 2)));

    private static Gen<FormulaSyntax> Leaf(FormulaType type) => type switch
    {
        FormulaType.Number => Gen.OneOf(
            Gen.Choose(0, 400).Select(i => (FormulaSyntax)new NumberSyntax(i / 4.0, At)),
            Gen.Elements("a", "b", "pct", "n", "tỷ_lệ", "max").Select(Name)),
        FormulaType.Boolean => Gen.OneOf(
            Gen.Elements(true, false).Select(v => (FormulaSyntax)new BooleanSyntax(v, At)),
            Gen.Elements("flag", "doc").Select(Name)),
        FormulaType.Date => Gen.OneOf(
            Gen.Choose(0, 2000).Select(d => (FormulaSyntax)new DateSyntax(Epoch.AddDays(d), At)),
            Gen.Constant(Name("when"))),
        _ => Gen.Constant(Name("head")),
    };

    private static Gen<FormulaSyntax> Compound(FormulaType type, int size)
    {
        var number = Of(FormulaType.Number, size);
        var boolean = Of(FormulaType.Boolean, size);
        var date = Of(FormulaType.Date, size);
        return type switch
        {
            FormulaType.Number => Gen.OneOf(
                number.Select(x => (FormulaSyntax)new UnarySyntax(UnaryOperator.Negate, x, At)),
                Gen.Elements(BinaryOperator.Add, BinaryOperator.Subtract, BinaryOperator.Multiply, BinaryOperator.Divide)
                    .SelectMany(op => Binary(op, number, number)),
                Binary(BinaryOperator.Subtract, date, date),
                Call("if", boolean, number, number),
                Gen.Elements("min", "max", "coalesce").SelectMany(f => Gen.Choose(2, 3).SelectMany(n => Call(f, [.. Enumerable.Repeat(number, n)]))),
                Call("clamp", number, number, number).Select(FixClamp),
                Call("ratio", number, number),
                Call("round", number, Gen.Choose(-2, 3).Select(Literal)),
                Call("abs", number),
                Steps(number),
                Call("linear", number, number, number).Select(FixLinear),
                Choose(number)),
            FormulaType.Boolean => Gen.OneOf(
                Gen.Elements(BinaryOperator.Less, BinaryOperator.LessOrEqual, BinaryOperator.Greater, BinaryOperator.GreaterOrEqual, BinaryOperator.Equal, BinaryOperator.NotEqual)
                    .SelectMany(op => Gen.OneOf(Binary(op, number, number), Binary(op, date, date))),
                Gen.Elements(BinaryOperator.Equal, BinaryOperator.NotEqual, BinaryOperator.And, BinaryOperator.Or)
                    .SelectMany(op => Binary(op, boolean, boolean)),
                boolean.Select(x => (FormulaSyntax)new UnarySyntax(UnaryOperator.Not, x, At)),
                Gen.OneOf(number, boolean, date, Leaf(FormulaType.Choice)).SelectMany(x => Call("has", Gen.Constant(x))),
                Call("if", boolean, boolean, boolean),
                Call("coalesce", boolean, boolean),
                Choose(boolean)),
            _ => Gen.OneOf(
                Binary(BinaryOperator.Add, date, number),
                Binary(BinaryOperator.Subtract, date, number),
                Call("if", boolean, date, date),
                Call("min", date, date)),
        };
    }

    private static FormulaSyntax Name(string name) => new NameSyntax(name, At);

    // Negative literals are written as negations, as the parser reads them.
    private static FormulaSyntax Literal(int value) => value < 0
        ? new UnarySyntax(UnaryOperator.Negate, new NumberSyntax(-value, At), At)
        : new NumberSyntax(value, At);

    private static Gen<FormulaSyntax> Binary(BinaryOperator op, Gen<FormulaSyntax> left, Gen<FormulaSyntax> right) =>
        left.SelectMany(l => right.Select(r => (FormulaSyntax)new BinarySyntax(op, l, r, At, At)));

    private static Gen<FormulaSyntax> Call(string function, params Gen<FormulaSyntax>[] arguments) =>
        Gen.CollectToArray(arguments).Select(a => (FormulaSyntax)new CallSyntax(function, [.. a], At, At));

    private static Gen<FormulaSyntax> Steps(Gen<FormulaSyntax> number) =>
        from x in number
        from pairs in Gen.Choose(1, 3)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 40), pairs)
        from points in Gen.ArrayOf(number, gaps.Length)
        select (FormulaSyntax)new CallSyntax(
            "steps",
            [x, .. gaps.SelectMany((g, i) => new[] { new NumberSyntax(gaps.Take(i + 1).Sum(), At), points[i] })],
            At,
            At);

    private static Gen<FormulaSyntax> Choose(Gen<FormulaSyntax> value) =>
        from keys in Gen.SubListOf("chu_tich", "pho_chu_tich", "khong")
        from values in Gen.ArrayOf(value, keys.Count + 1)
        let arms = keys.Select((k, i) => new ChooseArm(k, At, values[i])).ToList()
        select (FormulaSyntax)new ChooseSyntax(
            Name("head"),
            keys.Count == 3 ? [.. arms] : [.. arms, new ChooseArm(ChooseArm.ElseKey, At, values[^1])],
            At,
            At);

    // The type checker refuses literal bounds in the wrong order or equal; keep generated ones valid.
    private static FormulaSyntax FixClamp(FormulaSyntax call) =>
        call is CallSyntax { Arguments: [var x, NumberSyntax lo, NumberSyntax hi] } c && lo.Value > hi.Value
            ? c with { Arguments = [x, hi, lo] }
            : call;

    private static FormulaSyntax FixLinear(FormulaSyntax call) =>
        call is CallSyntax { Arguments: [var x, NumberSyntax lo, NumberSyntax hi] } c && lo.Value == hi.Value
            ? c with { Arguments = ImmutableArray.Create(x, lo, new NumberSyntax(hi.Value + 1, At)) }
            : call;
}
