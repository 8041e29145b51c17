using System.Collections.Immutable;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Units;

/// <summary>What an import did: counts of units and successions added or changed, and the problems that stopped it.</summary>
public sealed record UnitImportResult(int UnitsAdded, int UnitsUpdated, int SuccessionsAdded, int SuccessionsUpdated, ImmutableArray<Problem> Problems)
{
    /// <summary>True when problems stopped the import and nothing was written.</summary>
    public bool Refused => Problems.Any(p => p.Severity == Severity.Error);

    /// <summary>True when the database already held everything.</summary>
    public bool Unchanged => !Refused && UnitsAdded + UnitsUpdated + SuccessionsAdded + SuccessionsUpdated == 0;
}

/// <summary>
/// Writes units and successions to the database: checked first (every problem listed, nothing written when there is
/// one), then upserted by (code, valid-from) in one transaction, so importing twice changes nothing and a process
/// killed half-way leaves the database as it was.
/// </summary>
public static class UnitImport
{
    /// <summary>
    /// Imports units read from a file (the host reads it: <c>ChiSo.Files.Units.UnitFile</c>); problems found while
    /// reading, <paramref name="readProblems"/>, refuse the whole file together with the checks here.
    /// </summary>
    public static Task<UnitImportResult> ImportReadAsync(
        ChiSoDbContext db, ImmutableArray<RegistryUnit> units, IReadOnlyList<int> lines, string? fileName, ImmutableArray<Problem> readProblems,
        CancellationToken cancellationToken = default) =>
        ImportCoreAsync(db, new UnitRegistry(units, []), lines, fileName, readProblems, cancellationToken);

    /// <summary>Imports a whole registry that comes from no file (the shipped one): problems name no line.</summary>
    public static Task<UnitImportResult> ImportRegistryAsync(ChiSoDbContext db, UnitRegistry registry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return ImportAsync(db, registry, [.. registry.Units.Select(_ => 0)], null, cancellationToken);
    }

    /// <summary>Checks and writes <paramref name="registry"/>; <paramref name="lines"/> gives each unit's file line.</summary>
    public static Task<UnitImportResult> ImportAsync(
        ChiSoDbContext db, UnitRegistry registry, IReadOnlyList<int> lines, string? fileName, CancellationToken cancellationToken = default) =>
        ImportCoreAsync(db, registry, lines, fileName, [], cancellationToken);

    private static async Task<UnitImportResult> ImportCoreAsync(
        ChiSoDbContext db,
        UnitRegistry registry,
        IReadOnlyList<int> lines,
        string? fileName,
        ImmutableArray<Problem> problems,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(registry);
        var stored = await db.Units.ToDictionaryAsync(u => new UnitKey(u.Code, u.ValidFrom), cancellationToken).ConfigureAwait(false);
        problems = [.. problems, .. UnitChecks.Check(
            registry.Units, lines, [.. stored.Values.Select(u => new StoredVersion(u.Code, u.ValidFrom, u.ValidTo))], fileName)];
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return new UnitImportResult(0, 0, 0, 0, [.. problems.OrderBy(p => p.At.Line)]);
        }

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var (unitsAdded, unitsUpdated) = UnitUpsert.Units(db, registry.Units, stored);
        var (successionsAdded, successionsUpdated) = await UnitUpsert.SuccessionsAsync(db, registry.Successions, stored, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.DetectChanges();
        if (db.Database.CurrentTransaction is not null)
        {
            // Part of a larger unit of work (e.g. the demo seed): the caller's transaction commits or rolls back all.
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        db.ChangeTracker.AutoDetectChangesEnabled = detect;
        return new UnitImportResult(unitsAdded, unitsUpdated, successionsAdded, successionsUpdated, problems);
    }
}
