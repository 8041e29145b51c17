using System.Text.Json;
using System.Text.RegularExpressions;
using ChiSo.Data.Audit;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Units;

/// <summary>A comparison group as lists show it.</summary>
public sealed record UnitGroupSummary(int Id, string Code, string Name, bool Ranked, int Members);

/// <summary>
/// Comparison groups (e.g. "Khối sở có nhiều dịch vụ công" and "Khối sở còn lại"): created, renamed, and their members
/// set. Rankings read the same <see cref="UnitGroup"/> rows. Members are set within the caller's scope only: units of
/// other provinces already in the group stay as they are.
/// </summary>
public sealed partial class UnitGroupChanges(ChiSoDbContext db, TimeProvider clock)
{
    public const int MaxCode = 40;
    public const int MaxName = 200;
    public const int MaxMembers = 5_000;

    public Task<List<UnitGroupSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        db.UnitGroups.AsNoTracking().OrderBy(g => g.Name)
            .Select(g => new UnitGroupSummary(g.Id, g.Code, g.Name, g.Ranked, g.Members.Count)).ToListAsync(cancellationToken);

    /// <summary>Creates a group; returns its id, or the reasons it was refused.</summary>
    public async Task<(int? Id, List<Bilingual> Problems)> CreateAsync(string? code, string? name, bool ranked, string actor, CancellationToken cancellationToken = default)
    {
        code = code?.Trim() ?? "";
        name = name?.Trim() ?? "";
        var problems = Check(name);
        if (code.Length == 0 || code.Length > MaxCode || !CodePattern().IsMatch(code))
        {
            problems.Add(new("Mã nhóm phải có từ 1 đến 40 ký tự: chữ không dấu, chữ số và các dấu . - _ (ví dụ khoi-so-dvc).",
                "A group code has 1 to 40 characters: letters without diacritics, digits and . - _ (e.g. khoi-so-dvc)."));
        }
        else if (await db.UnitGroups.AnyAsync(g => g.Code == code, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new($"Đã có nhóm mã {code}.", $"A group with code {code} exists already."));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var group = new UnitGroup { Code = code, Name = name, Ranked = ranked };
        db.UnitGroups.Add(group);
        await Audit(actor, code, "unit-group.created", null, new { code, name, ranked }, cancellationToken).ConfigureAwait(false);
        return (group.Id, problems);
    }

    /// <summary>Renames a group and says whether it is ranked; null when there is no such group.</summary>
    public async Task<List<Bilingual>?> RenameAsync(int id, string? name, bool ranked, string actor, CancellationToken cancellationToken = default)
    {
        var group = await db.UnitGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return null;
        }

        name = name?.Trim() ?? "";
        var problems = Check(name);
        if (problems.Count > 0 || (group.Name == name && group.Ranked == ranked))
        {
            return problems;
        }

        var before = new { group.Name, group.Ranked };
        (group.Name, group.Ranked) = (name, ranked);
        await Audit(actor, group.Code, "unit-group.renamed", before, new { name, ranked }, cancellationToken).ConfigureAwait(false);
        return problems;
    }

    /// <summary>
    /// Makes the units of <paramref name="codes"/> (current versions) the group's members within <paramref name="scope"/>:
    /// in-scope members not listed leave, members outside the scope stay. Null when there is no such group.
    /// </summary>
    public async Task<List<Bilingual>?> SetMembersAsync(int id, IReadOnlyList<string> codes, UnitScope scope, DateOnly today, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(scope);
        var group = await db.UnitGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == id, cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return null;
        }

        var wanted = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count > MaxMembers)
        {
            return [new("Một nhóm có tối đa 5.000 đơn vị.", "A group holds at most 5,000 units.")];
        }

        var units = await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Code) && u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
            .Select(u => new { u.Id, u.Code }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var provinces = await UnitBodies.ProvincesOfAsync(db, units.Select(u => u.Id).Concat(group.Members.Select(m => m.UnitId)), cancellationToken).ConfigureAwait(false);
        var problems = new List<Bilingual>();
        foreach (var code in wanted.Where(c => !units.Any(u => u.Code == c)))
        {
            problems.Add(new($"Không có đơn vị mã {code} đang có hiệu lực.", $"There is no current unit with code {code}."));
        }

        foreach (var unit in units.Where(u => !InScope(scope, u.Id, provinces)))
        {
            problems.Add(new($"Đơn vị {unit.Code} không thuộc tỉnh, thành phố bạn được quản lý.", $"Unit {unit.Code} is outside the provinces you manage."));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var before = group.Members.Select(m => m.UnitId).Order().ToList();
        var keep = units.Select(u => u.Id).ToHashSet();
        group.Members.RemoveAll(m => InScope(scope, m.UnitId, provinces) && !keep.Contains(m.UnitId));
        foreach (var unitId in keep.Where(u => !group.Members.Any(m => m.UnitId == u)))
        {
            group.Members.Add(new UnitGroupMember { GroupId = group.Id, UnitId = unitId });
        }

        var after = group.Members.Select(m => m.UnitId).Order().ToList();
        if (!before.SequenceEqual(after))
        {
            await Audit(actor, group.Code, "unit-group.members-set", before, after, cancellationToken).ConfigureAwait(false);
        }

        return problems;
    }

    /// <summary>A province's own units are in the scope of its organisers; the province itself is not (the registry's).</summary>
    private static bool InScope(UnitScope scope, int unitId, Dictionary<int, int?> provinces) =>
        scope.All || (provinces.GetValueOrDefault(unitId) is { } province && province != unitId && scope.Allows(province));

    private static List<Bilingual> Check(string name) => name.Length is 0 or > MaxName
        ? [new("Tên nhóm phải có từ 1 đến 200 ký tự.", "A group name has 1 to 200 characters.")]
        : [];

    private Task<AuditEvent> Audit(string actor, string code, string action, object? before, object after, CancellationToken cancellationToken) =>
        new AuditLog(db, clock).AppendAsync(new AuditEntry(
            actor, "UnitGroup", code, action, before is null ? null : JsonSerializer.Serialize(before), JsonSerializer.Serialize(after)), cancellationToken);

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CodePattern();
}
