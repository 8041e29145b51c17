using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Collection;

/// <summary>A failed check or a value out of bounds, as the form and the API show it: the inputs concerned and why.</summary>
/// <param name="Criterion">The criterion's code.</param>
/// <param name="Inputs">Ids of the inputs concerned (the form marks them).</param>
/// <param name="Message">What is wrong, in the user's language, with input names, never codes.</param>
/// <param name="Severity"><c>error</c> (blocks the sign-off) or <c>warning</c>.</param>
public sealed record CheckView(string Criterion, IReadOnlyList<string> Inputs, string Message, string Severity);

/// <summary>
/// What an entry's stored self-assessment values break (docs/adr/0023-checks-on-inputs.md): each stored value against
/// its input's bounds and date window, and each criterion's checks, evaluated by the engine. The one place the form, the
/// save response, the submit page and the sign-off ask.
/// </summary>
public static class EntryChecks
{
    /// <summary>The failures of every criterion, in the order of the framework.</summary>
    public static IReadOnlyList<CheckFailure> Of(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return [.. entry.Plan.Leaves.SelectMany(leaf => Of(entry, entry.Plan.Nodes[leaf]))];
    }

    /// <summary>The failures of one criterion: its values out of bounds first, then its failed checks.</summary>
    public static IReadOnlyList<CheckFailure> Of(Entry entry, PlanNode criterion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(criterion);
        var inputs = criterion.Inputs;
        if (inputs.IsEmpty)
        {
            return [];
        }

        var failures = new List<CheckFailure>();
        var values = new double[inputs.Length];
        for (var k = 0; k < inputs.Length; k++)
        {
            var stored = entry.ValueOf(criterion.Code, inputs[k].Id) is { } answer ? new StoredValue(answer.Number, answer.Text) : default;
            values[k] = InputCodec.Decode(inputs[k], stored);
            if (InputBounds.Problem(inputs[k], stored, entry.PeriodStart, entry.PeriodEnd) is { } problem)
            {
                failures.Add(new CheckFailure(criterion.Code, CheckSeverity.Error, problem, [inputs[k].Id]));
            }
        }

        failures.AddRange(InputChecks.Failures(criterion, values));
        return failures;
    }

    /// <summary>True when any failure blocks the sign-off.</summary>
    public static bool Blocks(IEnumerable<CheckFailure> failures) => failures.Any(f => f.Severity == CheckSeverity.Error);

    public static CheckView View(CheckFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new CheckView(failure.Criterion, failure.Inputs, L.T(failure.Message.Vi, failure.Message.En),
            failure.Severity == CheckSeverity.Error ? "error" : "warning");
    }
}
