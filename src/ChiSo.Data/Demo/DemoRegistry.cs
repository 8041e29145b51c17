using ChiSo.Data.Units;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Demo;

/// <summary>
/// Puts the shipped unit registry into an empty database so demo campaigns have units to run over, inside the
/// demo's own transaction.
/// </summary>
internal static class DemoRegistry
{
    public static async Task ImportIfEmptyAsync(ChiSoDbContext db, Func<UnitRegistry> registry, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var result = await UnitImport.ImportRegistryAsync(db, registry(), cancellationToken).ConfigureAwait(false);
        if (result.Refused)
        {
            throw new InvalidOperationException("The shipped unit registry did not pass its own checks: " + result.Problems[0].MessageEn);
        }
    }
}
