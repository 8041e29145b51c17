using ChiSo.Data.Units;
using ChiSo.Files.Units;

namespace ChiSo.Data.Tests.Support;

/// <summary>Imports units as <c>chiso units import</c> does: the shipped registry, or a units file read by ChiSo.Files.</summary>
internal static class UnitImports
{
    public static Task<UnitImportResult> ImportShippedAsync(ChiSoDbContext db) => UnitImport.ImportRegistryAsync(db, ShippedRegistry.Load());

    public static Task<UnitImportResult> ImportFileAsync(ChiSoDbContext db, UnitFile file, string fileName) =>
        UnitImport.ImportReadAsync(db, file.Units, file.Lines, fileName, file.Problems);
}
