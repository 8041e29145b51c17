using ChiSo.Data;
using ChiSo.Data.Units;

namespace ChiSo.Web.Features.Setup;

/// <summary>Which current units to add: by level, by parent (the province) and by comparison group; empty means any.</summary>
public sealed record UnitFilter(UnitLevel? Level, int? ParentId, int? GroupId)
{
    public IQueryable<Unit> Apply(ChiSoDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = db.Units.Where(u => u.ValidTo == null);
        if (Level is { } level)
        {
            units = units.Where(u => u.Level == level);
        }

        if (ParentId is { } parent)
        {
            units = units.Where(u => u.ParentId == parent);
        }

        if (GroupId is { } group)
        {
            units = units.Where(u => db.UnitGroupMembers.Any(m => m.GroupId == group && m.UnitId == u.Id));
        }

        return units;
    }

    /// <summary>True when nothing narrows the list: adding every unit of the country at once is never what is meant.</summary>
    public bool IsEmpty => Level is null && ParentId is null && GroupId is null;
}
