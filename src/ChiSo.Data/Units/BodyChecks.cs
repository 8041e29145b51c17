using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Units;

/// <summary>A checked row ready to be written: what it adds or changes, and where its parent is.</summary>
internal sealed record BodyPlan(BodyDraft Draft, BodyOutcome Outcome, DateOnly From, DateOnly? To, int? ExistingId, int? ParentId, string? SheetParent, int? GroupId);

/// <summary>
/// Checks a province's bodies before anything is written, every row and every reason: the fields (code, name, type,
/// dates dd/MM/yyyy, the end not before the start), a code written twice, a code that is the registry's, a code used
/// by a body outside the caller's provinces, the parent (known, valid on the start date, a province or a body, under
/// one of the caller's provinces, or a row of the same sheet) and the comparison group. One rule for forms, the API
/// and sheets.
/// </summary>
internal static partial class BodyChecks
{
    public const int MaxCode = 16;
    public const int MaxName = 200;
    public const int MaxType = 40;

    public static async Task<(BodyCheckResult Result, List<BodyPlan> Plans)> CheckAsync(
        ChiSoDbContext db, IReadOnlyList<BodyDraft> drafts, UnitScope scope, CancellationToken cancellationToken)
    {
        var codes = drafts.Select(d => d.Code.Trim()).Concat(drafts.Select(d => d.ParentCode.Trim())).Where(c => c.Length > 0).Distinct().ToList();
        var stored = (await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code))
            .Select(u => new Stored(u.Id, u.Code, u.Name, u.Level, u.Type, u.ParentId, u.ValidFrom, u.ValidTo))
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(u => u.Code, StringComparer.Ordinal);
        var provinces = await UnitBodies.ProvincesOfAsync(db, stored.SelectMany(s => s).Select(s => s.Id), cancellationToken).ConfigureAwait(false);
        var groups = await db.UnitGroups.AsNoTracking().Select(g => new { g.Id, g.Code, g.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var bodyIds = stored.SelectMany(s => s).Where(s => UnitBodies.IsBody(s.Level)).Select(s => s.Id).ToList();
        var members = (await db.UnitGroupMembers.AsNoTracking().Where(m => bodyIds.Contains(m.UnitId)).Select(m => new { m.GroupId, m.UnitId })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(m => (m.GroupId, m.UnitId)).ToHashSet();

        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var draft in drafts)
        {
            var row = new Row(draft);
            CheckFields(row);
            if (row.Code.Length > 0 && !firstLine.TryAdd(row.Code, draft.Line))
            {
                row.Problems.Add(BodyProblems.Duplicate(row.Code, firstLine[row.Code]));
            }

            rows.Add(row);
        }

        var byCode = rows.Where(r => r.Code.Length > 0).GroupBy(r => r.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            CheckExisting(row, stored[row.Code].ToList(), provinces, scope);
            CheckParent(row, byCode, stored[row.Parent].ToList(), provinces, scope);
            CheckGroup(row, groups.Select(g => (g.Id, g.Code, g.Name)).ToList());
        }

        foreach (var row in rows.Where(r => r.SheetParent is not null))
        {
            CheckSheetParent(row, byCode);
        }

        var plans = new List<BodyPlan>();
        var results = ImmutableArray.CreateBuilder<BodyRowResult>(rows.Count);
        foreach (var row in rows)
        {
            var outcome = row.Problems.Count > 0 ? BodyOutcome.Refused : Outcome(row, stored[row.Code].FirstOrDefault(s => s.Id == row.ExistingId), members, row.SheetParent is { } up ? byCode[up].ExistingId : row.ParentId);
            results.Add(new BodyRowResult(row.Draft.Line, row.Code, row.Name, outcome, [.. row.Problems]));
            plans.Add(new BodyPlan(row.Draft with { Code = row.Code, Name = row.Name, Type = row.Type, ParentCode = row.Parent }, outcome, row.From, row.To, row.ExistingId, row.ParentId, row.SheetParent, row.GroupId));
        }

        return (new BodyCheckResult(results.MoveToImmutable()), plans);
    }

    private static void CheckFields(Row row)
    {
        Text(row, row.Code, MaxCode, "mã", "code");
        if (row.Code.Length is > 0 and <= MaxCode && !CodePattern().IsMatch(row.Code))
        {
            row.Problems.Add(BodyProblems.BadCode(row.Code));
        }

        Text(row, row.Name, MaxName, "tên", "name");
        Text(row, row.Type, MaxType, "loại", "type");
        Text(row, row.Parent, MaxCode, "đơn vị cấp trên (mã)", "parent code");
        var fromText = row.Draft.ValidFrom?.Trim() ?? "";
        if (fromText.Length == 0)
        {
            row.Problems.Add(BodyProblems.Missing("ngày hiệu lực từ", "start date"));
        }
        else if (!BodyDates.TryRead(fromText, out var from))
        {
            row.Problems.Add(BodyProblems.BadDate("Ngày hiệu lực từ", "start date", Shown(fromText)));
        }
        else
        {
            row.From = from;
        }

        var toText = row.Draft.ValidTo?.Trim() ?? "";
        if (toText.Length == 0)
        {
            return;
        }

        if (!BodyDates.TryRead(toText, out var to))
        {
            row.Problems.Add(BodyProblems.BadDate("Ngày hiệu lực đến", "end date", Shown(toText)));
        }
        else
        {
            row.To = to;
            if (row.From != default && to < row.From)
            {
                row.Problems.Add(BodyProblems.EndBeforeStart(row.From, to));
            }
        }
    }

    private static void Text(Row row, string text, int max, string vi, string en)
    {
        if (text.Length == 0)
        {
            row.Problems.Add(BodyProblems.Missing(vi, en));
        }
        else if (text.Length > max)
        {
            row.Problems.Add(BodyProblems.TooLong(char.ToUpperInvariant(vi[0]) + vi[1..], en, max));
        }
    }

    private static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static void CheckExisting(Row row, List<Stored> versions, Dictionary<int, int?> provinces, UnitScope scope)
    {
        if (versions.Count == 0)
        {
            return;
        }

        if (versions.FirstOrDefault(v => !UnitBodies.IsBody(v.Level)) is { } registry)
        {
            row.Problems.Add(BodyProblems.Registry(row.Code, registry.Name));
            return;
        }

        var latest = versions.MaxBy(v => v.ValidFrom)!;
        if (!scope.Allows(provinces.GetValueOrDefault(latest.Id)))
        {
            row.Problems.Add(BodyProblems.OtherProvince(row.Code, latest.Name));
            return;
        }

        row.ExistingId = latest.Id;
    }

    private static void CheckParent(Row row, Dictionary<string, Row> byCode, List<Stored> versions, Dictionary<int, int?> provinces, UnitScope scope)
    {
        if (row.Parent.Length == 0)
        {
            return;
        }

        if (row.Parent == row.Code)
        {
            row.Problems.Add(BodyProblems.ParentIsSelf(row.Code));
            return;
        }

        if (byCode.ContainsKey(row.Parent))
        {
            row.SheetParent = row.Parent;
            return;
        }

        if (versions.Count == 0)
        {
            row.Problems.Add(BodyProblems.UnknownParent(row.Parent));
            return;
        }

        var parent = row.From == default ? versions.MaxBy(v => v.ValidFrom)! : versions.FirstOrDefault(v => v.ValidFrom <= row.From && (v.ValidTo is null || row.From <= v.ValidTo));
        if (parent is null)
        {
            row.Problems.Add(BodyProblems.ParentNotValid(row.Parent, row.From));
        }
        else if (parent.Level != UnitLevel.Province && !UnitBodies.IsBody(parent.Level))
        {
            row.Problems.Add(BodyProblems.ParentLevel(row.Parent, parent.Name));
        }
        else if (!scope.Allows(provinces.GetValueOrDefault(parent.Id)))
        {
            row.Problems.Add(BodyProblems.ParentOutsideScope(row.Parent));
        }
        else
        {
            row.ParentId = parent.Id;
        }
    }

    /// <summary>A parent written in the same sheet: it must itself be clean, valid on the start date, and lead to a stored parent.</summary>
    private static void CheckSheetParent(Row row, Dictionary<string, Row> byCode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { row.Code };
        var parent = byCode[row.SheetParent!];
        if (parent.From != default && row.From != default && (row.From < parent.From || (parent.To is { } end && row.From > end)))
        {
            row.Problems.Add(BodyProblems.ParentNotValid(parent.Code, row.From));
        }

        for (var at = parent; ; at = byCode[at.SheetParent!])
        {
            if (!seen.Add(at.Code))
            {
                row.Problems.Add(BodyProblems.ParentCycle(row.Code));
                return;
            }

            if (at.Problems.Count > 0 && at != row)
            {
                row.Problems.Add(BodyProblems.ParentRowRefused(at.Code, at.Draft.Line));
                return;
            }

            if (at.SheetParent is null)
            {
                return;
            }
        }
    }

    private static void CheckGroup(Row row, List<(int Id, string Code, string Name)> groups)
    {
        var group = row.Draft.Group?.Trim() ?? "";
        if (group.Length == 0)
        {
            return;
        }

        var folded = UnitSearch.Fold(group);
        var found = groups.FirstOrDefault(g => string.Equals(g.Code, group, StringComparison.OrdinalIgnoreCase))
            is { Id: > 0 } byCode ? byCode : groups.FirstOrDefault(g => UnitSearch.Fold(g.Name) == folded);
        if (found.Id == 0)
        {
            row.Problems.Add(BodyProblems.UnknownGroup(Shown(group)));
            return;
        }

        row.GroupId = found.Id;
    }

    // parentId: the stored parent, also when the sheet names it (a row that updates that parent).
    private static BodyOutcome Outcome(Row row, Stored? existing, HashSet<(int GroupId, int UnitId)> members, int? parentId)
    {
        if (existing is null)
        {
            return BodyOutcome.Add;
        }

        var same = existing.Name == row.Name && existing.Type == row.Type && existing.ValidFrom == row.From && existing.ValidTo == row.To
            && parentId is not null && existing.ParentId == parentId
            && (row.GroupId is not { } group || members.Contains((group, existing.Id)));
        return same ? BodyOutcome.Unchanged : BodyOutcome.Update;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CodePattern();

    private sealed record Stored(int Id, string Code, string Name, UnitLevel Level, string Type, int? ParentId, DateOnly ValidFrom, DateOnly? ValidTo);

    private sealed class Row(BodyDraft draft)
    {
        public BodyDraft Draft { get; } = draft;

        public string Code { get; } = (draft.Code ?? "").Trim();

        public string Name { get; } = (draft.Name ?? "").Trim();

        public string Type { get; } = (draft.Type ?? "").Trim();

        public string Parent { get; } = (draft.ParentCode ?? "").Trim();

        public DateOnly From { get; set; }

        public DateOnly? To { get; set; }

        public int? ExistingId { get; set; }

        public int? ParentId { get; set; }

        public string? SheetParent { get; set; }

        public int? GroupId { get; set; }

        public List<Bilingual> Problems { get; } = [];
    }
}
