using ChiSo.Data.Units;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Demo;

/// <summary>
/// Puts the shipped unit registry into an empty database so demo campaigns have units to run over: units with
/// their parents and the lineage links, saved in one transaction with the rest of the demo.
/// </summary>
internal static class DemoRegistry
{
    public static async Task ImportIfEmptyAsync(ChiSoDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var registry = ShippedRegistry.Load();
        var byKey = new Dictionary<UnitKey, Unit>();
        var byCode = registry.Units.ToLookup(u => u.Code, StringComparer.Ordinal);
        foreach (var u in registry.Units)
        {
            byKey[u.Key] = new Unit
            {
                Code = u.Code, Name = u.Name, Level = u.Level, Type = u.Type,
                ValidFrom = u.ValidFrom, ValidTo = u.ValidTo, Population = u.Population, AreaKm2 = u.AreaKm2,
            };
        }

        foreach (var u in registry.Units.Where(u => u.ParentCode is not null))
        {
            var parent = byCode[u.ParentCode!].FirstOrDefault(p => p.IsValidOn(u.ValidFrom));
            if (parent is not null)
            {
                byKey[u.Key].Parent = byKey[parent.Key];
            }
        }

        db.Units.AddRange(byKey.Values);
        db.UnitSuccessions.AddRange(registry.Successions
            .Where(s => byKey.ContainsKey(s.Predecessor) && byKey.ContainsKey(s.Successor))
            .Select(s => new UnitSuccession
            {
                Predecessor = byKey[s.Predecessor], Successor = byKey[s.Successor],
                EffectiveDate = s.EffectiveDate, Kind = s.Kind, Full = s.Full,
            }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
