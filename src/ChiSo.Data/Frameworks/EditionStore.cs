using System.Globalization;
using System.Text.Json;
using ChiSo.Data.Audit;
using ChiSo.Data.Results;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Frameworks;

/// <summary>One edition as listed: what <c>GET /api/v1/editions</c> and <c>chiso framework list</c> show.</summary>
public sealed record EditionSummary(
    int Id, string FrameworkId, int Edition, string Title, EditionStatus Status, string ContentHash,
    int? BasedOnId, string? CreatedBy, DateTime? CreatedAt, DateTime? PublishedAt);

/// <summary>What came of storing or publishing an edition: its id, or why it was refused.</summary>
public sealed record EditionOutcome(int? Id, IReadOnlyList<Bilingual> Problems)
{
    public bool Done => Id is not null;

    public static EditionOutcome Refused(params Bilingual[] problems) => new(null, problems);
}

/// <summary>
/// Keeps framework editions: stores a checked framework as a draft, publishes a draft after checking it again, and
/// lists them; every change in the audit log. The hosts read files (ChiSo.Files) and hand the checked framework and
/// its canonical YAML in; the web app and <c>chiso framework</c> both come through here.
/// </summary>
public sealed class EditionStore(ChiSoDbContext db, AuditLog audit, ScoringPlans plans, TimeProvider clock)
{
    public Task<List<EditionSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        db.FrameworkEditions.AsNoTracking()
            .OrderBy(e => e.FrameworkId).ThenByDescending(e => e.Edition)
            .Select(e => new EditionSummary(e.Id, e.FrameworkId, e.Edition, e.Title, e.Status, e.ContentHash, e.BasedOnId, e.CreatedBy, e.CreatedAt, e.PublishedAt))
            .ToListAsync(cancellationToken);

    public Task<FrameworkEdition?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.FrameworkEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>The checked framework of a stored edition (validated when stored, so its plan is there).</summary>
    public CheckedFramework Read(FrameworkEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return plans.For(edition.Yaml, edition.ContentHash, FileName(edition));
    }

    /// <summary>The name a stored edition's text goes by in problems and downloads, e.g. <c>dti-tinh-2022.yaml</c>.</summary>
    public static string FileName(FrameworkEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return string.Create(CultureInfo.InvariantCulture, $"{edition.FrameworkId}-{edition.Edition}.yaml");
    }

    /// <summary>
    /// Stores <paramref name="framework"/>, written as <paramref name="yaml"/>, as a draft. Refused when its text does
    /// not read back to a valid framework, or when the framework already has that edition.
    /// </summary>
    public async Task<EditionOutcome> AddDraftAsync(
        FrameworkDefinition framework, string yaml, int? basedOnId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(yaml);
        var edition = FrameworkEdition.Draft(framework.Id, framework.Edition, framework.Title, yaml);
        if (Errors(plans.For(yaml, edition.ContentHash, FileName(edition))) is { Length: > 0 } errors)
        {
            return EditionOutcome.Refused(errors);
        }

        if (framework.Id.Length > 100 || framework.Title.Length > 500)
        {
            return EditionOutcome.Refused(new Bilingual(
                "Mã bộ chỉ số dài quá 100 ký tự hoặc tên dài quá 500 ký tự.", "The framework id is longer than 100 characters or its title longer than 500."));
        }

        if (await db.FrameworkEditions.AnyAsync(e => e.FrameworkId == framework.Id && e.Edition == framework.Edition, cancellationToken).ConfigureAwait(false))
        {
            return EditionOutcome.Refused(new Bilingual(
                $"Bộ chỉ số \"{framework.Id}\" đã có phiên bản {framework.Edition}. Hãy đổi năm (edition) trong tệp, hoặc mở phiên bản đã có.",
                $"The framework \"{framework.Id}\" already has the edition {framework.Edition}. Change the edition in the file, or open the stored one."));
        }

        edition.BasedOnId = basedOnId;
        edition.CreatedBy = actor;
        edition.CreatedAt = clock.GetUtcNow().UtcDateTime;
        db.FrameworkEditions.Add(edition);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(new AuditEntry(actor, nameof(FrameworkEdition), Id(edition.Id), "create", null,
            JsonSerializer.Serialize(new { edition.FrameworkId, edition.Edition, edition.ContentHash, edition.BasedOnId })), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new EditionOutcome(edition.Id, []);
    }

    /// <summary>
    /// Publishes a draft: its text is checked again first (a cycle, a duplicate code or a type error is never
    /// published), then it can no longer change (<see cref="SaveRules"/>).
    /// </summary>
    public async Task<EditionOutcome> PublishAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        var edition = await db.FrameworkEditions.SingleOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (edition is null)
        {
            return EditionOutcome.Refused(new Bilingual("Không tìm thấy phiên bản bộ chỉ số này.", "No such framework edition."));
        }

        if (edition.Status == EditionStatus.Published)
        {
            return EditionOutcome.Refused(new Bilingual("Phiên bản này đã ban hành và không thể thay đổi.", "This edition is already published and cannot change."));
        }

        if (edition.ContentHash != FrameworkEdition.HashOf(edition.Yaml))
        {
            return EditionOutcome.Refused(new Bilingual("Mã băm không khớp với nội dung đã lưu.", "The stored hash does not match the stored text."));
        }

        if (Errors(Read(edition)) is { Length: > 0 } errors)
        {
            return EditionOutcome.Refused(errors);
        }

        edition.Status = EditionStatus.Published;
        edition.PublishedAt = clock.GetUtcNow().UtcDateTime;
        await audit.AppendAsync(new AuditEntry(actor, nameof(FrameworkEdition), Id(edition.Id), "publish",
            JsonSerializer.Serialize(new { Status = nameof(EditionStatus.Draft) }),
            JsonSerializer.Serialize(new { Status = nameof(EditionStatus.Published), edition.ContentHash })), cancellationToken).ConfigureAwait(false);
        return new EditionOutcome(edition.Id, []);
    }

    private static Bilingual[] Errors(CheckedFramework read) =>
        [.. read.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.Text)];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
