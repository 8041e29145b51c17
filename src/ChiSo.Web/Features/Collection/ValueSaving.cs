using ChiSo.Engine;
using ChiSo.Data;
using ChiSo.Data.Submissions;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Sql;

namespace ChiSo.Web.Features.Collection;

/// <summary>
/// A value to save: <see cref="Version"/> is the version the form last saw (null when it saw no stored value). A document
/// citation may come as its <see cref="Parts"/> (number, date issued, summary, signer) instead of a <see cref="Value"/>.
/// </summary>
public sealed record SaveValueRequest(string Criterion, string Input, string? Value, int? Version, IReadOnlyList<string?>? Parts = null);

/// <summary>A stored value as the API returns it; a document citation also as its <see cref="Parts"/>.</summary>
public sealed record ValueState(string Criterion, string Input, string Value, int? Version, string? EnteredBy, DateTime? EnteredAt)
{
    public IReadOnlyList<string>? Parts { get; init; }

    public static ValueState Of(InputDefinition input, string criterion, string value, int? version, string? enteredBy, DateTime? enteredAt)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new(criterion, input.Id, value, version, enteredBy, enteredAt) { Parts = input.Type == InputType.Document ? Citation.Split(value) : null };
    }
}

/// <summary>The outcome of a save: saved, refused because someone saved first (both values), or not valid.</summary>
public abstract record SaveOutcome
{
    public sealed record Saved(ValueState Value) : SaveOutcome;

    public sealed record Conflict(ValueState Stored, ValueState Attempted) : SaveOutcome;

    public sealed record Invalid(Bilingual Reason) : SaveOutcome
    {
        public Invalid(string vi, string en) : this(new Bilingual(vi, en)) { }

        public string Vi => Reason.Vi;

        public string En => Reason.En;
    }

    /// <summary>The self-assessment deadline has passed and no extension covers today.</summary>
    public sealed record Closed(Bilingual Reason) : SaveOutcome
    {
        public Closed(string vi, string en) : this(new Bilingual(vi, en)) { }

        public string Vi => Reason.Vi;

        public string En => Reason.En;
    }
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

        // A citation's parts count together, with the separators a joined value would have.
        var text = request.Parts is { } given ? string.Join("|", given) : request.Value;
        if (TextLimits.TooLong(text, TextLimits.Value, "Giá trị", "The value") is { } tooLong)
        {
            return new SaveOutcome.Invalid(tooLong.Vi, tooLong.En);
        }

        var valid = request.Parts is { } parts
            ? InputCodec.TryEncodeCitation(input, parts, out var parsed, out var value, out var problem)
            : InputCodec.TryEncode(input, request.Value, out parsed, out value, out problem);
        if (!valid)
        {
            return new SaveOutcome.Invalid(problem.Vi, problem.En);
        }

        // A date outside its window is refused like a number out of range: the campaign's period is the entry's.
        if (InputBounds.DateOf(input, parsed) is { } date && InputBounds.DateProblem(input, date, entry.PeriodStart, entry.PeriodEnd) is { } outside)
        {
            return new SaveOutcome.Invalid(outside.Vi, outside.En);
        }

        var at = clock.GetUtcNow().UtcDateTime;
        var typed = request.Parts is { } typedParts ? Citation.Join(typedParts) : request.Value ?? "";
        var attempted = ValueState.Of(input, request.Criterion, typed, request.Version, userName, at);
        var saved = ValueState.Of(input, request.Criterion, InputCodec.FormText(input, parsed, value), (request.Version ?? -1) + 1, userName, at);
        var written = request.Version is { } version
            ? await UpdateAsync(entry.Submission.Id, request, version, parsed, userName, at, cancellationToken)
            : await InsertAsync(entry.Submission.Id, request, parsed, userName, at, cancellationToken);
        if (written)
        {
            return new SaveOutcome.Saved(saved);
        }

        db.ChangeTracker.Clear();
        var stored = await Stored(entry.Submission.Id, request).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return new SaveOutcome.Conflict(stored is null ? ValueState.Of(input, request.Criterion, "", null, null, null) : State(stored, input), attempted);
    }

    /// <summary>Writes over the row only while it still has the version the form saw: false when someone saved first.</summary>
    private async Task<bool> UpdateAsync(
        int submissionId, SaveValueRequest request, int version, StoredValue parsed, string userName, DateTime at, CancellationToken cancellationToken)
    {
        var next = new InputValue
        {
            SubmissionId = submissionId, Round = Rounds.Self, CriterionCode = request.Criterion, InputId = request.Input,
            Number = parsed.Number, Text = parsed.Text, EnteredBy = userName, EnteredAt = at,
        };
        return await SqliteWriters.OneAtATimeAsync(db, () => InputValueWrites.UpdateIfVersionAsync(db, next, version, cancellationToken), cancellationToken) == 1;
    }

    /// <summary>The input's first value: false when it has one already (someone saved first).</summary>
    private async Task<bool> InsertAsync(int submissionId, SaveValueRequest request, StoredValue parsed, string userName, DateTime at, CancellationToken cancellationToken)
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

    public static ValueState State(InputValue row, InputDefinition input) =>
        ValueState.Of(input, row.CriterionCode, InputCodec.FormText(input, new StoredValue(row.Number, row.Text)), row.Version, row.EnteredBy, row.EnteredAt);
}
