using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data;

/// <summary>
/// A save refused because someone else changed (or deleted) the row since it was read: both versions, so the
/// user can choose. <see cref="Stored"/> is null when the row is gone.
/// </summary>
public sealed record ConcurrencyConflict(
    string EntityType,
    IReadOnlyDictionary<string, object?>? Stored,
    IReadOnlyDictionary<string, object?> Attempted)
{
    public bool WasDeleted => Stored is null;
}

/// <summary>The outcome of <see cref="Saving.SaveOrConflictAsync"/>: rows written, or the conflicts that stopped the save.</summary>
public sealed record SaveResult(int Written, IReadOnlyList<ConcurrencyConflict> Conflicts)
{
    public bool Succeeded => Conflicts.Count == 0;
}

public static class Saving
{
    /// <summary>
    /// Saves; when a concurrency token shows a stale read, nothing is written and the result carries the stored and the
    /// attempted values of each conflicting row. The tracked entities are left as they were, for the caller to reload or retry.
    /// </summary>
    public static async Task<SaveResult> SaveOrConflictAsync(this DbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            return new SaveResult(await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false), []);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            var conflicts = new List<ConcurrencyConflict>();
            foreach (var entry in exception.Entries)
            {
                var stored = await entry.GetDatabaseValuesAsync(cancellationToken).ConfigureAwait(false);
                conflicts.Add(new ConcurrencyConflict(
                    entry.Metadata.ClrType.Name,
                    stored?.Properties.ToDictionary(p => p.Name, p => stored[p]),
                    entry.CurrentValues.Properties.ToDictionary(p => p.Name, p => entry.CurrentValues[p])));
            }

            return new SaveResult(0, conflicts);
        }
    }
}
