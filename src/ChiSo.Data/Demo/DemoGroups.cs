using ChiSo.Data.Units;
using ChiSo.Engine.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Demo;

/// <summary>
/// Puts the comparison groups a demo framework declares into the unit registry, with the demo units as members, so
/// that an organiser setting up a campaign can choose units by group as well as by level and province.
/// </summary>
internal static class DemoGroups
{
    public static async Task RegisterAsync(
        ChiSoDbContext db, IReadOnlyList<ComparisonGroup> groups, IEnumerable<(int UnitId, string? GroupCode)> members, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return;
        }

        var codes = groups.Select(g => g.Code).ToList();
        var known = await db.UnitGroups.Where(g => codes.Contains(g.Code)).ToDictionaryAsync(g => g.Code, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var group in groups.Where(g => !known.ContainsKey(g.Code)))
        {
            var added = new UnitGroup { Code = group.Code, Name = group.Name, Ranked = group.Ranked };
            db.UnitGroups.Add(added);
            known[group.Code] = added;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var ids = known.Values.Select(g => g.Id).ToList();
        var existing = (await db.UnitGroupMembers.Where(m => ids.Contains(m.GroupId)).Select(m => new { m.GroupId, m.UnitId })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(m => (m.GroupId, m.UnitId)).ToHashSet();
        db.UnitGroupMembers.AddRange(members
            .Where(m => m.GroupCode is not null && known.ContainsKey(m.GroupCode))
            .Select(m => (GroupId: known[m.GroupCode!].Id, m.UnitId))
            .Where(m => !existing.Contains(m))
            .Select(m => new UnitGroupMember { GroupId = m.GroupId, UnitId = m.UnitId }));
    }
}
