using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Audit;
using ChiSo.Data.Frameworks;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files;
using ChiSo.Files.Yaml;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.EditionEditor;

/// <summary>A draft as stored and as read: its model (even while invalid) and every problem of validation.</summary>
public sealed record DraftState(
    int Id, string FrameworkId, int Edition, string Title, EditionStatus Status, string Hash, FrameworkDefinition? Framework, CheckedFramework Checked)
{
    public bool IsDraft => Status == EditionStatus.Draft;
}

public enum EditVerdict
{
    Applied,
    Refused,
    Stale,
    NotFound,
    NotDraft,
}

/// <summary>What became of an edit: applied, or why not, with the draft as it is now.</summary>
public sealed record DraftEditResult(EditVerdict Verdict, Bilingual? Problem, DraftState? State);

/// <summary>
/// The one way a draft edition changes in the app (docs/adr/0022): read the stored YAML, apply one
/// <see cref="FrameworkEdits"/> operation, write the YAML, validate it as <c>chiso validate</c> does, store text and
/// hash only if the draft still has the hash the edit was based on, and audit it. An edit based on an older hash is
/// refused with who changed the draft and when; nothing is merged.
/// </summary>
public sealed class DraftEditing(ChiSoDbContext db, AuditLog audit)
{
    /// <summary>The bounds of a tree built in the app: those of a file read from disk, and a node count.</summary>
    public static readonly EditLimits Limits = new(MaxNodes: 3_000, MaxDepth: FrameworkLimits.MaxTreeDepth, MaxInputs: 40, MaxOptions: 40);

    public const string EntityType = nameof(FrameworkEdition);

    public async Task<DraftState?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        var edition = await db.FrameworkEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return edition is null ? null : Read(edition.Id, edition.FrameworkId, edition.Edition, edition.Title, edition.Status, edition.Yaml, edition.ContentHash);
    }

    /// <summary>
    /// Applies <c>edit</c> to the draft, when it is a draft whose hash is still <c>basedOn</c> (the draft the person
    /// saw; an edit is never applied to another), and audits it with <c>what</c>, the edit in a few words.
    /// </summary>
    public async Task<DraftEditResult> ApplyAsync(
        int id, string? basedOn, string what, Func<FrameworkDefinition, EditOutcome> edit, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var state = await LoadAsync(id, cancellationToken);
        if (state is null)
        {
            return new DraftEditResult(EditVerdict.NotFound, null, null);
        }

        if (Refusal(state, basedOn) is { } early)
        {
            return early.Verdict == EditVerdict.Stale ? early with { Problem = await StaleAsync(id, cancellationToken) } : early;
        }

        if (state.Framework is null)
        {
            return new DraftEditResult(EditVerdict.Refused, new Bilingual(
                "Bản nháp này không đọc được thành cây chỉ số nên không sửa được trong ứng dụng; hãy tải lên một tệp đã sửa.",
                "This draft cannot be read into a tree, so it cannot be edited in the app; upload a corrected file."), state);
        }

        var outcome = edit(state.Framework);
        if (outcome.Framework is not { } edited)
        {
            return new DraftEditResult(EditVerdict.Refused, outcome.Refusal, state);
        }

        return await StoreAsync(state, edited, what, actor, cancellationToken);
    }

    private async Task<DraftEditResult> StoreAsync(DraftState state, FrameworkDefinition edited, string what, string actor, CancellationToken cancellationToken)
    {
        var yaml = CanonicalYaml.Write(edited);
        var hash = FrameworkEdition.HashOf(yaml);
        var stored = await db.FrameworkEditions.AsNoTracking().Where(e => e.Id == state.Id).Select(e => e.Yaml).SingleAsync(cancellationToken);
        // The first edit of an uploaded file rewrites it in the writer's form (comments and layout go): the audit
        // event keeps the text as it was, so that nothing a person wrote is lost.
        var original = CanonicalYaml.Write(state.Framework!) == stored ? null : stored;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = await db.FrameworkEditions
            .Where(e => e.Id == state.Id && e.Status == EditionStatus.Draft && e.ContentHash == state.Hash)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Yaml, yaml).SetProperty(e => e.ContentHash, hash), cancellationToken);
        if (written == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new DraftEditResult(EditVerdict.Stale, await StaleAsync(state.Id, cancellationToken), await LoadAsync(state.Id, cancellationToken));
        }

        var after = Read(state.Id, state.FrameworkId, state.Edition, state.Title, state.Status, yaml, hash);
        await audit.AppendAsync(new AuditEntry(actor, EntityType, state.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "edit-draft",
            JsonSerializer.Serialize(new { hash = state.Hash, yaml = original }),
            JsonSerializer.Serialize(new { hash, edit = what, valid = after.Checked.IsValid })), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DraftEditResult(EditVerdict.Applied, null, after);
    }

    private static DraftEditResult? Refusal(DraftState state, string? basedOn)
    {
        if (!state.IsDraft)
        {
            return new DraftEditResult(EditVerdict.NotDraft, new Bilingual(
                "Ấn bản này đã công bố nên không sửa được; hãy tạo ấn bản mới từ ấn bản này rồi sửa bản nháp.",
                "This edition is published and cannot change; make a new edition from it and edit that draft."), state);
        }

        if (string.IsNullOrEmpty(basedOn))
        {
            return new DraftEditResult(EditVerdict.Refused, new Bilingual(
                "Thiếu mã băm của bản nháp mà thay đổi dựa vào (trường basedOn hoặc tiêu đề If-Match); hãy tải lại trang rồi làm lại.",
                "The hash of the draft this change is based on is missing (field basedOn or header If-Match); reload the page and try again."), state);
        }

        return basedOn == state.Hash ? null : new DraftEditResult(EditVerdict.Stale, null, state);
    }

    /// <summary>Who changed the draft last and when, from the audit log.</summary>
    private async Task<Bilingual> StaleAsync(int id, CancellationToken cancellationToken)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var last = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == EntityType && e.EntityId == key)
            .OrderByDescending(e => e.Id).Select(e => new { e.Actor, e.At }).FirstOrDefaultAsync(cancellationToken);
        var who = last is null ? ("", "") : ($" bởi {last.Actor} lúc {L.Date(last.At)}", $" by {last.Actor} at {L.Date(last.At)}");
        return new Bilingual(
            $"Bản nháp đã được thay đổi{who.Item1}, sau khi bạn mở nó; thay đổi của bạn chưa được lưu và không được gộp. Dưới đây là bản hiện tại: hãy xem lại rồi làm lại thay đổi nếu vẫn cần.",
            $"The draft was changed{who.Item2} after you opened it; your change was not saved and not merged. The current draft is shown: review it and make your change again if it is still needed.");
    }

    private static DraftState Read(int id, string frameworkId, int edition, string title, EditionStatus status, string yaml, string hash)
    {
        var (framework, checkedFramework) = FrameworkSources.ReadDraft(yaml, $"{frameworkId}-{edition}.yaml");
        return new DraftState(id, frameworkId, edition, title, status, hash, framework, checkedFramework);
    }
}
