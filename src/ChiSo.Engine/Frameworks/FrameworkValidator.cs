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
    public static ImmutableArray<Problem> Validate(FrameworkDefinition framework, string? fileName) =>
        Run(framework, fileName).Problems.ToImmutable();

    /// <summary>
    /// Validates <paramref name="framework"/> and, when it has no error, builds its scoring plan from the rules this
    /// validation compiled: the one step from a framework as read to a framework ready to score. The framework and
    /// the plan are null when there is any error among <paramref name="readProblems"/> or the validator's problems.
    /// </summary>
    /// <param name="framework">The framework as read from its file or built from rows.</param>
    /// <param name="fileName">The file name shown in problems; null when not from a file.</param>
    /// <param name="readProblems">Problems the reader found before, returned first.</param>
    public static CheckedFramework Check(FrameworkDefinition framework, string? fileName, ImmutableArray<Problem> readProblems = default)
    {
        var run = Run(framework, fileName);
        var problems = (readProblems.IsDefault ? [] : readProblems).AddRange(run.Problems);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return new CheckedFramework(null, null, problems);
        }

        var (plan, planProblems) = Scoring.ScoringPlan.Create(framework, run.Formulas);
        return plan is null ? new CheckedFramework(null, null, problems.AddRange(planProblems)) : new CheckedFramework(framework, plan, problems);
    }

    private static ValidationRun Run(FrameworkDefinition framework, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var run = new ValidationRun(framework, fileName);
        run.CheckHeader();
        var rootsMax = run.CheckNodes(framework.Tree, ancestorsScored: true);
        run.CheckDisplayTotal(rootsMax);
        run.CheckViews();
        return run;
    }

    internal static string Num(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
