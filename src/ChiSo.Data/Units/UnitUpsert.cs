using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Units;

/// <summary>Stages inserts and updates of units and successions on the change tracker, without saving.</summary>
internal static class UnitUpsert
{
    public static (int Added, int Updated) Units(ChiSoDbContext db, IReadOnlyList<RegistryUnit> units, Dictionary<UnitKey, Unit> stored)
    {
        var added = new List<Unit>();
        var updated = new HashSet<Unit>(ReferenceEqualityComparer.Instance);
        foreach (var unit in units)
        {
            if (stored.TryGetValue(unit.Key, out var entity))
            {
                if (Copy(unit, entity))
                {
                    updated.Add(entity);
                }
            }
            else
            {
                entity = new Unit { Code = unit.Code, Name = unit.Name, Type = unit.Type, ValidFrom = unit.ValidFrom };
                Copy(unit, entity);
                stored[unit.Key] = entity;
                added.Add(entity);
            }
        }

        // Parents are resolved once every unit of the import is known, so a file may list children first.
        var versionsByCode = stored.Values.ToLookup(u => u.Code, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var entity = stored[unit.Key];
            var parent = unit.ParentCode is { } code ? versionsByCode[code].FirstOrDefault(p => p.IsValidOn(unit.ValidFrom)) : null;
            // Stored units were all loaded, so EF has already linked each one's Parent to the loaded parent.
            if (!ReferenceEquals(entity.Parent, parent))
            {
                entity.Parent = parent;
                if (entity.Id != 0)
                {
                    updated.Add(entity);
                }
            }
        }

        db.Units.AddRange(added);
        return (added.Count, updated.Count);
    }

    public static async Task<(int Added, int Updated)> SuccessionsAsync(
        ChiSoDbContext db, IReadOnlyList<RegistrySuccession> successions, Dictionary<UnitKey, Unit> units, CancellationToken cancellationToken)
    {
        if (successions.Count == 0)
        {
            return (0, 0);
        }

        var stored = await db.UnitSuccessions.ToDictionaryAsync(s => (s.PredecessorId, s.SuccessorId, s.EffectiveDate), cancellationToken).ConfigureAwait(false);
        var added = new List<UnitSuccession>();
        var updated = 0;
        foreach (var s in successions)
        {
            var predecessor = units[s.Predecessor];
            var successor = units[s.Successor];
            if (predecessor.Id != 0 && successor.Id != 0 && stored.TryGetValue((predecessor.Id, successor.Id, s.EffectiveDate), out var entity))
            {
                if (entity.Kind != s.Kind || entity.Full != s.Full)
                {
                    (entity.Kind, entity.Full) = (s.Kind, s.Full);
                    updated++;
                }

                continue;
            }

            added.Add(new UnitSuccession { Predecessor = predecessor, Successor = successor, EffectiveDate = s.EffectiveDate, Kind = s.Kind, Full = s.Full });
        }

        db.UnitSuccessions.AddRange(added);
        return (added.Count, updated);
    }

    /// <summary>Copies the registry's fields onto the entity; true when something changed.</summary>
    private static bool Copy(RegistryUnit unit, Unit entity)
    {
        var changed = entity.Name != unit.Name || entity.Level != unit.Level || entity.Type != unit.Type
            || entity.ValidTo != unit.ValidTo || entity.Population != unit.Population || entity.AreaKm2 != unit.AreaKm2;
        (entity.Name, entity.Level, entity.Type, entity.ValidTo) = (unit.Name, unit.Level, unit.Type, unit.ValidTo);
        (entity.Population, entity.AreaKm2) = (unit.Population, unit.AreaKm2);
        return changed;
    }
}
