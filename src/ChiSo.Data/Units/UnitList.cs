using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Units;

/// <summary>A unit as listed by <c>chiso units list</c>.</summary>
public sealed record UnitListing(
    string Code, string Name, UnitLevel Level, string Type, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo, long? Population, double? AreaKm2);

/// <summary>The registry as it stood on a date.</summary>
public static class UnitList
{
    /// <summary>Units of <paramref name="level"/> (all levels when null) valid on <paramref name="on"/>, by code.</summary>
    public static Task<List<UnitListing>> OnAsync(ChiSoDbContext db, UnitLevel? level, DateOnly on, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = db.Units.AsNoTracking().Where(u => u.ValidFrom <= on && (u.ValidTo == null || u.ValidTo >= on));
        if (level is { } l)
        {
            units = units.Where(u => u.Level == l);
        }

        return units
            .OrderBy(u => u.Code)
            .Select(u => new UnitListing(
                u.Code, u.Name, u.Level, u.Type, u.Parent == null ? null : u.Parent.Code, u.ValidFrom, u.ValidTo, u.Population, u.AreaKm2))
            .ToListAsync(cancellationToken);
    }
}
