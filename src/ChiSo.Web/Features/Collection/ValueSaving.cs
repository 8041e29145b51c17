using ChiSo.Data;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Collection;

/// <summary>A value to save: <see cref="Version"/> is the version the form last saw (null when it saw no stored value).</summary>
public sealed record SaveValueRequest(string Criterion, string Input, string? Value, int? Version);

/// <summary>A stored value as the API returns it.</summary>
public sealed record ValueState(string Criterion, string Input, string Value, int? Version, string? EnteredBy, DateTime? EnteredAt);

/// <summary>The outcome of a save: saved, refused because someone saved first (both values), or not valid.</summary>
public abstract record SaveOutcome
{
    /// <summary><paramref name="Entry"/> is the entry the save was checked against, with the saved value in it.</summary>
    public sealed record Saved(ValueState Value, Entry Entry) : SaveOutcome;

    public sealed record Conflict(ValueState Stored, ValueState Attempted) : SaveOutcome;

    public sealed record Invalid(string Vi, string En) : SaveOutcome;

    /// <summary>The self-assessment deadline has passed and no extension covers today.</summary>
    public sealed record Closed(string Vi, string En) : SaveOutcome;
}

/// <summary>
/// Saves one self-assessment input value with optimistic concurrency: the row's Version must still be the one the
/// form saw, otherwise nothing is written and both values go back to the user. The value it replaces is kept in
/// Previous*, with who entered the new one and when.
/// </summary>
public sealed class ValueSaving(ChiSoDbContext db, TimeProvider clock, Submitting.SubmissionWindow window)
{
    public async Task<SaveOutcome> SaveAsync(Entry entry, SaveValueRequest request, string userName, CancellationToken cancellationToken = default)
    {
        if (await window.RefusalAsync(entry.Submission, cancellationToken) is { } closed)
        {
            return new SaveOutcome.Closed(closed.Vi, closed.En);
        }

        if (!entry.Plan.TryGetIndex(request.Criterion, out var node)
            || entry.Plan.Nodes[node].Inputs.FirstOrDefault(i => i.Id == request.Input) is not { } input)
        {
            return new SaveOutcome.Invalid(
                $"Tiêu chí {request.Criterion} không có đầu vào '{request.Input}'.", $"Criterion {request.Criterion} has no input '{request.Input}'.");
        }

        if (!StoredValues.TryParse(input, request.Value, out var parsed, out var problem))
        {
            return new SaveOutcome.Invalid(problem.Vi, problem.En);
        }

        var attempted = new ValueState(request.Criterion, request.Input, request.Value ?? "", request.Version, userName, clock.GetUtcNow().UtcDateTime);

        // The entry was read in this request from the same database: its row is the one to check and update. The
        // version check that counts is the UPDATE's own (WHERE Version = the version read), so a save that
        // overtook this one since the read still ends as a conflict.
        var row = entry.ValueOf(request.Criterion, request.Input);
        if (row?.Version != request.Version)
        {
            return row is null ? new SaveOutcome.Conflict(Empty(request), attempted) : new SaveOutcome.Conflict(State(row, input), attempted);
        }

        var values = new Dictionary<(string Criterion, string Input), InputValue>(entry.Values);
        if (row is null)
        {
            row = new InputValue { SubmissionId = entry.Submission.Id, Round = Rounds.Self, CriterionCode = request.Criterion, InputId = request.Input, EnteredBy = userName };
            db.InputValues.Add(row);
        }
        else
        {
            // A copy, so that a refused save leaves the entry as it was read.
            row = Copy(row);
            db.InputValues.Attach(row);
            (row.PreviousNumber, row.PreviousText) = (row.Number, row.Text);
        }

        (row.Number, row.Text, row.EnteredBy, row.EnteredAt) = (parsed.Number, parsed.Text, userName, attempted.EnteredAt!.Value);
        values[(request.Criterion, request.Input)] = row;
        return await WriteAsync(row, input, request, attempted, entry with { Values = values }, cancellationToken);
    }

    private async Task<SaveOutcome> WriteAsync(
        InputValue row, Engine.Frameworks.InputDefinition input, SaveValueRequest request, ValueState attempted, Entry saved, CancellationToken cancellationToken)
    {
        try
        {
            var result = await SqliteWriters.OneAtATimeAsync(db, () => db.SaveOrConflictAsync(cancellationToken), cancellationToken);
            if (result.Succeeded)
            {
                return new SaveOutcome.Saved(State(row, input), saved);
            }
        }
        catch (DbUpdateException)
        {
            // Two first saves of the same input raced: the unique index kept one; the other is a conflict like any other.
        }

        db.ChangeTracker.Clear();
        var stored = await db.InputValues.AsNoTracking().SingleOrDefaultAsync(
            v => v.SubmissionId == row.SubmissionId && v.Round == Rounds.Self && v.CriterionCode == row.CriterionCode && v.InputId == row.InputId,
            cancellationToken);
        return new SaveOutcome.Conflict(stored is null ? Empty(request) : State(stored, input), attempted);
    }

    private static InputValue Copy(InputValue row) => new()
    {
        Id = row.Id, SubmissionId = row.SubmissionId, Round = row.Round, CriterionCode = row.CriterionCode, InputId = row.InputId,
        Number = row.Number, Text = row.Text, PreviousNumber = row.PreviousNumber, PreviousText = row.PreviousText,
        EnteredBy = row.EnteredBy, EnteredAt = row.EnteredAt, Version = row.Version,
    };

    private static ValueState Empty(SaveValueRequest request) => new(request.Criterion, request.Input, "", null, null, null);

    public static ValueState State(InputValue row, Engine.Frameworks.InputDefinition input) =>
        new(row.CriterionCode, row.InputId, StoredValues.FormValue(input, row.Number, row.Text), row.Version, row.EnteredBy, row.EnteredAt);
}
