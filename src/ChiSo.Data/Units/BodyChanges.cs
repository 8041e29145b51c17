using System.Text.Json;
using ChiSo.Data.Audit;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Units;

/// <summary>
/// Adds and changes a province's own bodies (sở, ban, ngành…): one by one or a whole sheet, always checked first
/// (<see cref="BodyChecks"/>) and written in one transaction with its audit event, or not at all. Administrative
/// units are the registry's (<c>chiso units import</c>) and are never changed here; no unit is ever deleted, a body
/// that closes gets an end date.
/// </summary>
public sealed class BodyChanges(ChiSoDbContext db, TimeProvider clock)
{
    /// <summary>Checks the rows against the database without writing anything: the preview.</summary>
    public async Task<BodyCheckResult> CheckAsync(IReadOnlyList<BodyDraft> drafts, UnitScope scope, CancellationToken cancellationToken = default) =>
        (await BodyChecks.CheckAsync(db, drafts, scope, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>Checks the rows again and, when every row is clean, writes them all in one transaction; otherwise nothing.</summary>
    public Task<BodyCheckResult> ApplyAsync(IReadOnlyList<BodyDraft> drafts, UnitScope scope, string actor, CancellationToken cancellationToken = default) =>
        WriteAsync(drafts, scope, actor, "units.sheet-applied", null, cancellationToken);

    /// <summary>Adds one body; a code that exists already is refused (edit that unit instead).</summary>
    public Task<BodyCheckResult> CreateAsync(BodyDraft draft, UnitScope scope, string actor, CancellationToken cancellationToken = default) =>
        WriteAsync([draft], scope, actor, "unit.created", BodyOutcome.Add, cancellationToken);

    /// <summary>Changes the body <paramref name="id"/> (its code stays); null when there is no such body.</summary>
    public async Task<BodyCheckResult?> UpdateAsync(int id, BodyDraft draft, UnitScope scope, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var code = await db.Units.AsNoTracking().Where(u => u.Id == id && u.Level == UnitLevel.Department).Select(u => u.Code)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return code is null ? null : await WriteAsync([draft with { Code = code }], scope, actor, "unit.updated", BodyOutcome.Update, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the body's validity on <paramref name="lastDay"/> (inclusive), so that it drops out of lists from the next
    /// day and stays in every campaign and result that used it. Null when there is no such body.
    /// </summary>
    public async Task<BodyCheckResult?> EndAsync(int id, string lastDay, UnitScope scope, string actor, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).SingleOrDefaultAsync(u => u.Id == id && u.Level == UnitLevel.Department, cancellationToken).ConfigureAwait(false);
        if (unit is null)
        {
            return null;
        }

        var draft = new BodyDraft(0, unit.Code, unit.Name, unit.Type, unit.Parent?.Code ?? "", BodyDates.Show(unit.ValidFrom), lastDay);
        if (string.IsNullOrWhiteSpace(lastDay))
        {
            return Refused(draft, BodyProblems.Missing("ngày hết hiệu lực", "end date"));
        }

        return await WriteAsync([draft], scope, actor, "unit.ended", BodyOutcome.Update, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BodyCheckResult> WriteAsync(
        IReadOnlyList<BodyDraft> drafts, UnitScope scope, string actor, string action, BodyOutcome? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(scope);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var (result, plans) = await BodyChecks.CheckAsync(db, drafts, scope, cancellationToken).ConfigureAwait(false);
            if (expected == BodyOutcome.Add && result.Rows is [{ Outcome: BodyOutcome.Update or BodyOutcome.Unchanged } exists])
            {
                return Refused(drafts[0], BodyProblems.Exists(exists.Code, exists.Name));
            }

            if (!result.Clean || result.Rows.All(r => r.Outcome == BodyOutcome.Unchanged))
            {
                return result;
            }

            await WritePlansAsync(plans, cancellationToken).ConfigureAwait(false);
            var changed = plans.Where(p => p.Outcome != BodyOutcome.Unchanged).Select(p => new
            {
                p.Draft.Line, p.Outcome, p.Draft.Code, p.Draft.Name, p.Draft.Type, Parent = p.Draft.ParentCode,
                From = BodyDates.Show(p.From), To = p.To is { } to ? BodyDates.Show(to) : null, p.Draft.Group,
            }).ToList();
            var entityId = changed.Count == 1 ? changed[0].Code : $"{changed.Count} units";
            await new AuditLog(db, clock).AppendAsync(new AuditEntry(actor, "Unit", entityId, action, null, JsonSerializer.Serialize(changed)), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    private async Task WritePlansAsync(List<BodyPlan> plans, CancellationToken cancellationToken)
    {
        var ids = plans.Where(p => p.ExistingId is not null).Select(p => p.ExistingId!.Value).ToList();
        var tracked = await db.Units.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken).ConfigureAwait(false);
        var byCode = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var unit = plan.ExistingId is { } id ? tracked[id] : new Unit { Code = plan.Draft.Code, Name = "", Type = "", Level = UnitLevel.Department };
            if (plan.ExistingId is null)
            {
                db.Units.Add(unit);
            }

            (unit.Name, unit.Type, unit.ValidFrom, unit.ValidTo) = (plan.Draft.Name, plan.Draft.Type, plan.From, plan.To);
            if (plan.ParentId is { } parent)
            {
                unit.ParentId = parent;
            }

            byCode[plan.Draft.Code] = unit;
        }

        foreach (var plan in plans.Where(p => p.SheetParent is not null))
        {
            byCode[plan.Draft.Code].Parent = byCode[plan.SheetParent!];
        }

        var existingMembers = (await db.UnitGroupMembers.Where(m => ids.Contains(m.UnitId)).Select(m => new { m.GroupId, m.UnitId })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(m => (m.GroupId, m.UnitId)).ToHashSet();
        foreach (var plan in plans.Where(p => p.GroupId is not null && !(p.ExistingId is { } id && existingMembers.Contains((p.GroupId!.Value, id)))))
        {
            db.UnitGroupMembers.Add(new UnitGroupMember { GroupId = plan.GroupId!.Value, Unit = byCode[plan.Draft.Code] });
        }
    }

    private static BodyCheckResult Refused(BodyDraft draft, Bilingual problem) =>
        new([new BodyRowResult(draft.Line, draft.Code.Trim(), draft.Name.Trim(), BodyOutcome.Refused, [problem])]);
}
