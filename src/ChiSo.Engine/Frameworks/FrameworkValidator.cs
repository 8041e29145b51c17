using System.Collections.Immutable;
using System.Globalization;

namespace ChiSo.Engine.Frameworks;

/// <summary>
/// Checks a framework edition for every problem a file can have once it is read: duplicate codes, maxima that do
/// not add up, bad weights, inputs and scoring rules. Pure; returns problems, never throws on user data.
/// </summary>
public static class FrameworkValidator
{
    /// <summary>Tolerance when comparing sums of max points, so that 0.1 + 0.2 equals 0.3.</summary>
    internal const double Epsilon = 1e-9;

    /// <summary>
    /// Validates <paramref name="framework"/>. Every problem is reported, each with a place in
    /// <paramref name="fileName"/> when the model carries positions.
    /// </summary>
    /// <param name="framework">The framework as read from its file or built from rows.</param>
    /// <param name="fileName">The file name shown in problems; null when not from a file.</param>
    /// <returns>Errors and warnings, in the order of the tree.</returns>
    public static ImmutableArray<Problem> Validate(FrameworkDefinition framework, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var run = new ValidationRun(framework, fileName);
        run.CheckHeader();
        var rootsMax = run.CheckNodes(framework.Tree, ancestorsScored: true);
        run.CheckDisplayTotal(rootsMax);
        return run.Problems.ToImmutable();
    }

    internal static string Num(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
