using ChiSo.Data.Audit;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChiSo.Data;

/// <summary>The rules <see cref="ChiSoDbContext"/> applies before every save.</summary>
internal static class SaveRules
{
    public const string VersionProperty = "Version";

    public static void Apply(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (IsImmutable(entry))
            {
                var key = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).OriginalValue).FirstOrDefault();
                throw new ImmutableEntityException(entry.Metadata.ClrType.Name, key);
            }

            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty(VersionProperty) is { IsConcurrencyToken: true })
            {
                var version = entry.Property(VersionProperty);
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }

    private static bool IsImmutable(EntityEntry entry) => entry.Entity switch
    {
        // The stored status decides: publishing a draft is allowed, editing or un-publishing a published one is not.
        FrameworkEdition => entry.Property(nameof(FrameworkEdition.Status)).OriginalValue is EditionStatus.Published,
        ResultSnapshot or AuditEvent or Review.RoundResponse => true,
        _ => false,
    };
}
