using ChiSo.Engine;

namespace ChiSo.Cli;

/// <summary>Where a command writes and in which language.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Err, Language Language)
{
    /// <summary>Standard input (a password with <c>--password-stdin</c>); the tests give their own.</summary>
    public TextReader In { get; init; } = Console.In;

    public string T(string vi, string en) => Language == Language.En ? en : vi;

    /// <summary>Prints every problem to the error stream; returns the number of errors among them.</summary>
    public int Report(IEnumerable<Problem> problems)
    {
        var errors = 0;
        foreach (var problem in problems)
        {
            Err.WriteLine(problem.Format(Language));
            errors += problem.Severity == Severity.Error ? 1 : 0;
        }

        return errors;
    }
}

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input has problems (a bad framework, data or formula): nothing was written.</summary>
    public const int InputProblems = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>The database or a file could not be opened or written (not the input's fault).</summary>
    public const int Failure = 3;

    /// <summary>Problems that say a file is missing or unreadable, as opposed to wrong in its content.</summary>
    private static readonly HashSet<string> FileFailures = new(StringComparer.Ordinal) { "IO001", "IO003" };

    /// <summary>
    /// The exit code for a run stopped by <paramref name="problems"/>: <see cref="Failure"/> when a file could not be
    /// opened at all (as the README documents), otherwise <see cref="InputProblems"/>.
    /// </summary>
    public static int Of(IEnumerable<Problem> problems) =>
        problems.Any(p => FileFailures.Contains(p.Code)) ? Failure : InputProblems;
}
