using System.Globalization;
using System.Runtime.CompilerServices;
using ChiSo.Data.Results;
using ChiSo.Data.Units;

namespace ChiSo.Web.Features.Results;

/// <summary>
/// What filtering and searching need of a snapshot's units, worked out once per decoded snapshot (a snapshot never
/// changes, and <see cref="Data.Results.ResultsCache"/> keeps the decoded one): names folded for search, each unit's region, the
/// order of the names, and the groups and provinces the filters offer.
/// </summary>
public sealed class UnitFacts
{
    private static readonly ConditionalWeakTable<CampaignResults, UnitFacts> Known = [];
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    private UnitFacts(CampaignResults results)
    {
        var units = results.Units;
        Folded = [.. units.Select(u => UnitSearch.Fold(u.Name))];
        var provinceOf = units.Select(u => u.Level == UnitLevel.Province || u.ParentCode is null ? u.Code : u.ParentCode).ToArray();
        var after2025 = ProvinceRegions.After2025(provinceOf);
        Regions = [.. provinceOf.Select(code => ProvinceRegions.Of(code, after2025))];
        var byName = Enumerable.Range(0, units.Count).ToArray();
        Array.Sort(byName, (a, b) => VietnameseOrder.Compare(units[a].Name, units[b].Name) is var c and not 0 ? c : string.CompareOrdinal(units[a].Code, units[b].Code));
        NameOrder = new int[units.Count];
        for (var i = 0; i < byName.Length; i++)
        {
            NameOrder[byName[i]] = i;
        }

        Groups = [.. units.Select(u => u.GroupCode).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Provinces = [.. units.Where(u => u.ParentCode is not null).GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Name: g.First().ParentName ?? g.Key)).OrderBy(p => p.Name, VietnameseOrder)];
        Levels = [.. units.Select(u => u.Level).OfType<UnitLevel>().Distinct().Order()];
        RegionsPresent = [.. ProvinceRegions.All.Where(r => Regions.Contains(r))];
    }

    /// <summary>Each unit's name folded (lower case, no diacritics, đ as d), by unit index.</summary>
    public string[] Folded { get; }

    /// <summary>Each unit's region (a commune's: its province's), by unit index.</summary>
    public Region?[] Regions { get; }

    /// <summary>Each unit's place in Vietnamese alphabetical order of the names, by unit index.</summary>
    public int[] NameOrder { get; }

    public IReadOnlyList<string> Groups { get; }

    public IReadOnlyList<(string Code, string Name)> Provinces { get; }

    public IReadOnlyList<UnitLevel> Levels { get; }

    public IReadOnlyList<Region> RegionsPresent { get; }

    public static UnitFacts Of(CampaignResults results) => Known.GetValue(results, static r => new UnitFacts(r));
}
