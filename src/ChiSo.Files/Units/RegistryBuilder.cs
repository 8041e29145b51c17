using System.Collections.Immutable;
using System.Globalization;
using ChiSo.Engine.Units;
using ChiSo.Files.Csv;

namespace ChiSo.Files.Units;

/// <summary>The text of the four registry files (see <c>Registry/README.md</c>).</summary>
public sealed record RegistrySources(TextReader Provinces63, TextReader Provinces34, TextReader Communes, TextReader Lineage);

/// <summary>
/// Builds the unit registry of the 2025 merger from the shipped files: 63 provinces and 10,052 old commune-level
/// units valid until 30 June 2025, 34 provinces and 3,321 communes valid from 1 July 2025, and the successions
/// between them. Pure: no database, no clock.
/// </summary>
public static class RegistryBuilder
{
    /// <summary>The day the 34 provinces and the two-tier local government took effect.</summary>
    public static readonly DateOnly MergerDate = new(2025, 7, 1);

    /// <summary>
    /// Valid-from of the old units, by convention: the 63-province map began on 1 August 2008 (Hà Tây joined Hà Nội,
    /// Nghị quyết 15/2008/QH12). The registry has no earlier history of communes.
    /// </summary>
    public static readonly DateOnly OldUnitsValidFrom = new(2008, 8, 1);

    /// <summary>The last day the old units existed.</summary>
    public static readonly DateOnly OldUnitsValidTo = new(2025, 6, 30);

    /// <summary>
    /// The lineage file keeps the codes printed in 1027/CTK-CSCL; the commune list has the NSO codes. These two
    /// differ (Xã Ba Chẽ, Xã Ia Mơ), so lineage codes are mapped before joining.
    /// </summary>
    public static readonly ImmutableDictionary<string, string> LineageCodeFixes =
        ImmutableDictionary.CreateRange(
            StringComparer.Ordinal, [KeyValuePair.Create("06970", "06978"), KeyValuePair.Create("23737", "23938")]);

    /// <summary>Builds the registry. Throws <see cref="InvalidDataException"/> when the files do not join.</summary>
    public static UnitRegistry Build(RegistrySources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var units = new List<RegistryUnit>();
        var successions = new List<RegistrySuccession>();
        AddProvinces(sources.Provinces63, sources.Provinces34, units, successions);
        var newCommunes = ReadCommunes(sources.Communes);
        AddLineage(sources.Lineage, newCommunes, units, successions);
        units.AddRange(newCommunes.Values);
        return new UnitRegistry([.. units], [.. successions]);
    }

    private static void AddProvinces(TextReader old63, TextReader new34, List<RegistryUnit> units, List<RegistrySuccession> successions)
    {
        var sizes = Table(new34).ToDictionary(r => r["code"], r => r, StringComparer.Ordinal);
        var merged = new Dictionary<string, RegistryUnit>(StringComparer.Ordinal);
        var links = new List<(string Old, string New)>();
        foreach (var row in Table(old63))
        {
            var code = row["code"];
            units.Add(new RegistryUnit(code, row["name_full"], UnitLevel.Province, TypeOf(row["name_full"]), null, OldUnitsValidFrom, OldUnitsValidTo));
            var newCode = row["merged_into_code_2025_07_01"];
            var newName = row["merged_into_name"];
            if (!merged.ContainsKey(newCode))
            {
                var size = sizes.GetValueOrDefault(newCode) ?? throw new InvalidDataException($"Province {newCode} is not in the 34-province list.");
                merged[newCode] = new RegistryUnit(
                    newCode, newName, UnitLevel.Province, TypeOf(newName), null, MergerDate, null,
                    long.Parse(size["population_bando"], CultureInfo.InvariantCulture),
                    double.Parse(size["area_km2_bando"], CultureInfo.InvariantCulture));
            }

            links.Add((code, newCode));
        }

        units.AddRange(merged.Values);
        var predecessorCount = links.CountBy(l => l.New).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (oldCode, newCode) in links)
        {
            var kind = predecessorCount[newCode] == 1 ? SuccessionKind.Rename : SuccessionKind.Merge;
            successions.Add(new RegistrySuccession(new(oldCode, OldUnitsValidFrom), new(newCode, MergerDate), MergerDate, kind, Full: true));
        }
    }

    private static Dictionary<string, RegistryUnit> ReadCommunes(TextReader communes) =>
        Table(communes).ToDictionary(
            r => r["code"],
            r => new RegistryUnit(r["code"], r["full_name"], UnitLevel.Commune, r["type"], r["province_code"], MergerDate, null),
            StringComparer.Ordinal);

    private static void AddLineage(
        TextReader lineage, Dictionary<string, RegistryUnit> newCommunes, List<RegistryUnit> units, List<RegistrySuccession> successions)
    {
        var rows = Table(lineage).ToList();
        var byOld = rows.GroupBy(r => r["old_commune_code"], StringComparer.Ordinal).ToList();
        var predecessorCount = rows.CountBy(r => NewCode(r)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var group in byOld)
        {
            var first = group.First();
            var code = group.Key;

            // Three-digit codes are the five island districts that had no communes; each became a đặc khu.
            var level = code.Length == 3 ? UnitLevel.District : UnitLevel.Commune;
            units.Add(new RegistryUnit(
                code, first["old_name"], level, TypeOf(first["old_name"]), first["old_province_code"], OldUnitsValidFrom, OldUnitsValidTo));
            var split = group.Count() > 1;
            foreach (var row in group)
            {
                var newCode = NewCode(row);
                if (!newCommunes.TryGetValue(newCode, out var successor))
                {
                    throw new InvalidDataException($"Lineage row of {code} names commune {newCode}, which is not in the commune list.");
                }

                // The name on 1 July 2025 (the commune list is a 2026 snapshot, see Registry/README.md).
                newCommunes[newCode] = successor with { Name = row["new_name"], Type = TypeOf(row["new_name"]) };
                var full = row["kind"] == "full";
                var kind = split ? SuccessionKind.Split
                    : full && predecessorCount[newCode] == 1 ? SuccessionKind.Rename
                    : SuccessionKind.Merge;
                successions.Add(new RegistrySuccession(new(code, OldUnitsValidFrom), new(newCode, MergerDate), MergerDate, kind, full));
            }
        }
    }

    private static string NewCode(IReadOnlyDictionary<string, string> row) =>
        LineageCodeFixes.GetValueOrDefault(row["new_commune_code"]) ?? row["new_commune_code"];

    private static readonly string[] TypeWords =
        ["Thành phố", "Tỉnh", "Thị trấn", "Thị xã", "Phường", "Xã", "Đặc khu", "Huyện", "Quận"];

    /// <summary>The type word a full name starts with, in lower case ("Thị trấn Ba Chẽ" → "thị trấn").</summary>
    internal static string TypeOf(string fullName) =>
        TypeWords.FirstOrDefault(w => fullName.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase))?.ToLower(CultureInfo.GetCultureInfo("vi-VN"))
        ?? throw new InvalidDataException($"No type word in the name '{fullName}'.");

    private static IEnumerable<IReadOnlyDictionary<string, string>> Table(TextReader reader)
    {
        var (header, records, broken) = CsvRecords.Read(reader, null);
        if (!broken.IsEmpty)
        {
            throw new InvalidDataException("A shipped registry file is not valid CSV: " + broken[0].MessageEn);
        }

        foreach (var record in records)
        {
            var map = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < record.Fields.Length; i++)
            {
                map[header[i].ToLowerInvariant()] = record.Field(i);
            }

            yield return map;
        }
    }
}
