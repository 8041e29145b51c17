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
/// What an entry's stored self-assessment values break (docs/adr/0023-checks-on-inputs.md), as the engine's
/// <see cref="InputChecks.OfValues"/> says, for the form, the save response and the submit page.
/// </summary>
public static class EntryChecks
{
    /// <summary>The failures of every criterion, in the order of the framework.</summary>
    public static IReadOnlyList<CheckFailure> Of(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return InputChecks.OfValues(entry.Plan, Stored(entry), entry.PeriodStart, entry.PeriodEnd);
    }

    /// <summary>The failures of one criterion: its values out of bounds first, then its failed checks.</summary>
    public static IReadOnlyList<CheckFailure> Of(Entry entry, PlanNode criterion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(criterion);
        return criterion.Inputs.IsEmpty ? [] : InputChecks.OfValues(entry.Plan, Stored(entry), entry.PeriodStart, entry.PeriodEnd, criterion.Code);
    }

    private static Func<string, string, StoredValue> Stored(Entry entry) =>
        (criterion, input) => entry.ValueOf(criterion, input) is { } answer ? new StoredValue(answer.Number, answer.Text) : default;

    /// <summary>True when any failure blocks the sign-off.</summary>
    public static bool Blocks(IEnumerable<CheckFailure> failures) => failures.Any(f => f.Severity == CheckSeverity.Error);

    public static CheckView View(CheckFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new CheckView(failure.Criterion, failure.Inputs, L.T(failure.Message.Vi, failure.Message.En),
            failure.Severity == CheckSeverity.Error ? "error" : "warning");
    }
}
