using ChiSo.Data;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Sql;

namespace ChiSo.Web.Features.Collection;

/// <summary>A value to save: <see cref="Version"/> is the version the form last saw (null when it saw no stored value).</summary>
public sealed record SaveValueRequest(string Criterion, string Input, string? Value, int? Version);

/// <summary>A stored value as the API returns it.</summary>
public sealed record ValueState(string Criterion, string Input, string Value, int? Version, string? EnteredBy, DateTime? EnteredAt);

/// <summary>The outcome of a save: saved, refused because someone saved first (both values), or not valid.</summary>
public abstract record SaveOutcome
{
    public sealed record Saved(ValueState Value) : SaveOutcome;

    public sealed record Conflict(ValueState Stored, ValueState Attempted) : SaveOutcome;

    public sealed record Invalid(string Vi, string En) : SaveOutcome;

    /// <summary>The self-assessment deadline has passed and no extension covers today.</summary>
    public sealed record Closed(string Vi, string En) : SaveOutcome;
}

/// <summary>
/// Saves one self-assessment input value with optimistic concurrency: the row's Version must still be the one the
/// form saw, otherwise nothing is written and both values go back to the user. The value it replaces is kept in
/// Previous*, with who entered the new one and when. The save is one statement on the row's key and version (or one
/// insert for the input's first value): it reads none of the submission's other values.
/// </summary>
public sealed class ValueSaving(ChiSoDbContext db, TimeProvider clock, Submitting.SubmissionWindow window)
{
    public async Task<SaveOutcome> SaveAsync(EntryHead entry, SaveValueRequest request, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(request);
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

        var at = clock.GetUtcNow().UtcDateTime;
        var attempted = new ValueState(request.Criterion, request.Input, request.Value ?? "", request.Version, userName, at);
        var saved = new ValueState(request.Criterion, request.Input, StoredValues.FormValue(input, parsed.Number, parsed.Text), (request.Version ?? -1) + 1, userName, at);
        var written = request.Version is { } version
            ? await UpdateAsync(entry.Submission.Id, request, version, parsed, userName, at, cancellationToken)
            : await InsertAsync(entry.Submission.Id, request, parsed, userName, at, cancellationToken);
        if (written)
        {
            return new SaveOutcome.Saved(saved);
        }

        db.ChangeTracker.Clear();
        var stored = await Stored(entry.Submission.Id, request).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return new SaveOutcome.Conflict(stored is null ? Empty(request) : State(stored, input), attempted);
    }

    /// <summary>Writes over the row only while it still has the version the form saw: false when someone saved first.</summary>
    private async Task<bool> UpdateAsync(
        int submissionId, SaveValueRequest request, int version, Parsed parsed, string userName, DateTime at, CancellationToken cancellationToken)
    {
        var next = new InputValue
        {
            SubmissionId = submissionId, Round = Rounds.Self, CriterionCode = request.Criterion, InputId = request.Input,
            Number = parsed.Number, Text = parsed.Text, EnteredBy = userName, EnteredAt = at,
        };
        return await SqliteWriters.OneAtATimeAsync(db, () => InputValueWrites.UpdateIfVersionAsync(db, next, version, cancellationToken), cancellationToken) == 1;
    }

    /// <summary>The input's first value: false when it has one already (someone saved first).</summary>
    private async Task<bool> InsertAsync(int submissionId, SaveValueRequest request, Parsed parsed, string userName, DateTime at, CancellationToken cancellationToken)
    {
        // Checked first so that a transaction (the workbook import) is not broken by a failed insert on PostgreSQL.
        if (await Stored(submissionId, request).AnyAsync(cancellationToken))
        {
            return false;
        }

        db.InputValues.Add(new InputValue
        {
            SubmissionId = submissionId, Round = Rounds.Self, CriterionCode = request.Criterion, InputId = request.Input,
            Number = parsed.Number, Text = parsed.Text, EnteredBy = userName, EnteredAt = at,
        });
        try
        {
            await SqliteWriters.OneAtATimeAsync(db, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Two first saves of the same input raced: the unique index kept one; the other is a conflict like any other.
            return false;
        }
    }

    private IQueryable<InputValue> Stored(int submissionId, SaveValueRequest request) =>
        db.InputValues.Where(v => v.SubmissionId == submissionId && v.Round == Rounds.Self && v.CriterionCode == request.Criterion && v.InputId == request.Input);

    private static ValueState Empty(SaveValueRequest request) => new(request.Criterion, request.Input, "", null, null, null);

    public static ValueState State(InputValue row, Engine.Frameworks.InputDefinition input) =>
        new(row.CriterionCode, row.InputId, StoredValues.FormValue(input, row.Number, row.Text), row.Version, row.EnteredBy, row.EnteredAt);
}
