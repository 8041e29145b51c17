using System.Globalization;
using ChiSo.Engine.Formulas;

namespace ChiSo.Engine.Tests.Formulas;

/// <summary>
/// A tree as an S-expression without spans, written independently of <see cref="FormulaPrinter"/>, so that two
/// trees can be compared for structure.
/// </summary>
internal static class FormulaShape
{
    public static string Of(FormulaSyntax syntax) => syntax switch
    {
        NumberSyntax n => n.Value.ToString("R", CultureInfo.InvariantCulture),
        BooleanSyntax b => b.Value ? "#t" : "#f",
        DateSyntax d => "@" + d.Value.ToString("O", CultureInfo.InvariantCulture),
        NameSyntax n => n.Name,
        UnarySyntax u => $"({u.Operator} {Of(u.Operand)})",
        BinarySyntax b => $"({b.Operator} {Of(b.Left)} {Of(b.Right)})",
        CallSyntax c => $"({c.Function}{string.Concat(c.Arguments.Select(a => " " + Of(a)))})",
        ChooseSyntax c => $"(choose {Of(c.Subject)}{string.Concat(c.Arms.Select(a => $" [{a.Key} {Of(a.Value)}]"))})",
        _ => "<error>",
    };
}
