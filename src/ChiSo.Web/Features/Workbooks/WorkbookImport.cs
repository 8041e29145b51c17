using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Engine.Frameworks;
using ChiSo.Engine.Scoring;
using ChiSo.Files.Collection;
using ChiSo.Web.Features.Collection;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Workbooks;

/// <summary>The outcome of applying a preview: how many values were saved, or why nothing was.</summary>
public sealed record WorkbookApplied(int Saved, string? Refusal);

/// <summary>
/// The unit workbook round trip on the server: the download's content, the preview of an upload against the stored
/// values, and the apply, which saves every change through <see cref="ValueSaving"/> in one transaction.
/// </summary>
public sealed class WorkbookImport(ChiSoDbContext db, ValueSaving saving, TimeProvider clock)
{
    public static UnitWorkbookContent Content(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var values = new Dictionary<(string, string), WorkbookValue>();
        foreach (var ((criterion, input), row) in entry.Values)
        {
            if (Definition(entry, criterion, input) is { } definition)
            {
                var stored = new StoredValue(row.Number, row.Text);
                values[(criterion, input)] = new WorkbookValue(InputCodec.Decode(definition, stored), InputCodec.FormText(definition, stored));
            }
        }

        return new UnitWorkbookContent(entry.CampaignName, entry.UnitCode, entry.UnitName, entry.Plan, values);
    }

    public static WorkbookPreview Preview(Entry entry, WorkbookUpload upload)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(upload);
        var errors = upload.Errors.ToList();
        var changes = new List<WorkbookChange>();
        foreach (var cell in upload.Values)
        {
            var node = entry.Plan.Nodes[entry.Plan.TryGetIndex(cell.Criterion, out var index) ? index : 0];
            var input = Definition(entry, cell.Criterion, cell.Input)!;
            if (!InputCodec.TryEncode(input, cell.Text, out var parsed, out _, out var problem))
            {
                errors.Add(new WorkbookError(cell.Sheet, cell.Address, problem.Vi, problem.En));
                continue;
            }

            var stored = entry.ValueOf(cell.Criterion, cell.Input);
            if (!ValueShown.Same(input, stored?.Number, stored?.Text, parsed))
            {
                changes.Add(new WorkbookChange(
                    cell.Criterion, node.Name, cell.Input, input.Label ?? input.Id, cell.Address,
                    ValueShown.Text(input, stored?.Number, stored?.Text), ValueShown.Text(input, parsed.Number, parsed.Text), cell.Text, stored?.Version, cell.Sheet));
            }
        }

        return new WorkbookPreview(changes, errors);
    }

    /// <summary>Saves every change of <paramref name="preview"/>, or none: one refused save rolls all of them back.</summary>
    public async Task<WorkbookApplied> ApplyAsync(Entry entry, WorkbookPreview preview, string fileName, string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(preview);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var change in preview.Changes)
        {
            var outcome = await saving.SaveAsync(entry, new SaveValueRequest(change.Criterion, change.Input, change.Raw, change.Version), userName, cancellationToken);
            if (outcome is not SaveOutcome.Saved)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new WorkbookApplied(0, Reason(outcome, change));
            }
        }

        await new AuditLog(db, clock).AppendAsync(new AuditEntry(
            userName, "Submission", entry.Submission.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "workbook-import",
            JsonSerializer.Serialize(preview.Changes.Select(c => new { c.Criterion, c.Input, Value = c.Old })),
            JsonSerializer.Serialize(preview.Changes.Select(c => new { c.Criterion, c.Input, Value = c.New })),
            "Excel: " + fileName), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WorkbookApplied(preview.Changes.Count, null);
    }

    private static InputDefinition? Definition(Entry entry, string criterion, string input) =>
        entry.Plan.TryGetIndex(criterion, out var index) ? entry.Plan.Nodes[index].Inputs.FirstOrDefault(i => i.Id == input) : null;

    /// <summary>Why one change of an upload could not be saved: each outcome says its own reason, then that nothing was kept.</summary>
    private static string Reason(SaveOutcome outcome, WorkbookChange change)
    {
        var what = $"{change.Criterion} / {change.InputLabel}";
        return outcome switch
        {
            SaveOutcome.Closed closed => L.T($"Không lưu được {what}: {closed.Vi} Chưa có giá trị nào được lưu.", $"Could not save {what}: {closed.En} Nothing was saved."),
            SaveOutcome.Invalid invalid => L.T($"Không lưu được {what}: {invalid.Vi} Chưa có giá trị nào được lưu.", $"Could not save {what}: {invalid.En} Nothing was saved."),
            SaveOutcome.Conflict => L.T(
                $"Không lưu được {what}: giá trị vừa được người khác thay đổi. Chưa có giá trị nào được lưu; hãy tải lên lại.",
                $"Could not save {what}: someone else just changed it. Nothing was saved; upload again."),
            _ => throw new InvalidOperationException($"A save that was not refused: {outcome}."),
        };
    }
}
