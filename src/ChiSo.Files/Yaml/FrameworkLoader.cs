using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Yaml;

/// <summary>Reads and validates a framework file in one call.</summary>
public static class FrameworkLoader
{
    /// <summary>
    /// Reads <paramref name="text"/> and validates the result, returning the problems of both steps together
    /// (sorted by position). The framework is null when there is any error. Validation runs on what could be read
    /// unless a value itself was unreadable (missing, wrong type or unknown word), since checking sums over a
    /// missing value would only repeat that problem in other words.
    /// </summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="fileName">The file name shown in problems.</param>
    public static (FrameworkDefinition? Framework, ImmutableArray<Problem> Problems) Load(string text, string fileName)
    {
        var (framework, readProblems) = FrameworkYaml.ReadLenient(text, fileName);
        if (framework is null || readProblems.Any(p => p.Code is FrameworkProblemCodes.MissingKey or FrameworkProblemCodes.WrongType or FrameworkProblemCodes.UnknownValue))
        {
            return (null, readProblems);
        }

        var problems = readProblems.AddRange(FrameworkValidator.Validate(framework, fileName))
            .OrderBy(p => p.At.Line).ThenBy(p => p.At.Column).ToImmutableArray();
        return (problems.Any(p => p.Severity == Severity.Error) ? null : framework, problems);
    }
}
