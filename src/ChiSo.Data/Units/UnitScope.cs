using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Units;

/// <summary>
/// Where a person may add and change a province's own bodies: everywhere (administrators, system-wide organisers),
/// under some provinces (organisers whose membership names a province), or nowhere.
/// </summary>
public sealed record UnitScope(bool All, IReadOnlySet<int> Provinces)
{
    public static UnitScope Everywhere { get; } = new(true, new HashSet<int>());

    public static UnitScope Nowhere { get; } = new(false, new HashSet<int>());

    public bool IsEmpty => !All && Provinces.Count == 0;

    public bool Allows(int? provinceId) => All || (provinceId is { } id && Provinces.Contains(id));
}

/// <summary>Which units are a province's own bodies, and which province a unit is under.</summary>
public static class UnitBodies
{
    /// <summary>Parent links followed at most; the registry is three deep (province, district, commune).</summary>
    private const int MaxDepth = 8;

    /// <summary>Departments, agencies and other bodies of a province are the app's to keep; every other level is the registry's.</summary>
    public static bool IsBody(UnitLevel level) => level == UnitLevel.Department;

    /// <summary>The province each unit is (or is under), null for units under none (ministries).</summary>
    public static async Task<Dictionary<int, int?>> ProvincesOfAsync(ChiSoDbContext db, IEnumerable<int> unitIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = new Dictionary<int, (UnitLevel Level, int? ParentId)>();
        var wanted = unitIds.Distinct().ToList();
        var missing = wanted;
        for (var depth = 0; depth < MaxDepth && missing.Count > 0; depth++)
        {
            var batch = missing;
            var rows = await db.Units.AsNoTracking().Where(u => batch.Contains(u.Id)).Select(u => new { u.Id, u.Level, u.ParentId })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                known[row.Id] = (row.Level, row.ParentId);
            }

            missing = [.. rows.Where(r => r.Level != UnitLevel.Province && r.ParentId is { } p && !known.ContainsKey(p)).Select(r => r.ParentId!.Value).Distinct()];
        }

        return wanted.ToDictionary(id => id, id => ProvinceOf(known, id));
    }

    private static int? ProvinceOf(Dictionary<int, (UnitLevel Level, int? ParentId)> known, int id)
    {
        int? current = id;
        for (var depth = 0; depth <= MaxDepth && current is { } at && known.TryGetValue(at, out var unit); depth++)
        {
            if (unit.Level == UnitLevel.Province)
            {
                return at;
            }

            current = unit.ParentId;
        }

        return null;
    }
}
