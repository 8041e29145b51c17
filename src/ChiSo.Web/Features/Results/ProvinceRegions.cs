using System.Collections.Frozen;
using ChiSo.Engine;

namespace ChiSo.Web.Features.Results;

/// <summary>One of Vietnam's six socio-economic regions (vùng kinh tế – xã hội).</summary>
/// <param name="Key">The address's word for it (<c>?region=</c>).</param>
/// <param name="Name">Its name.</param>
public sealed record Region(string Key, Bilingual Name);

/// <summary>
/// The six socio-economic regions and the provinces in each, by province code (the official codes of
/// Decision 124/2004/QĐ-TTg, as in the unit registry).
/// Source: Resolution 81/2023/QH15 of the National Assembly on the national master plan 2021–2030 (section on the
/// six socio-economic regions) for the 63 provinces before 1 July 2025. For the 34 provinces from 1 July 2025
/// (Resolution 202/2025/QH15), a merged province is placed in the region of the province whose code it kept (its
/// administrative centre, as listed in admin_provinces_34_post_2025.csv of the project's domain material); seven merged
/// provinces span two regions (Bắc Ninh = Bắc Giang + Bắc Ninh: code 24, Phú Thọ = + Vĩnh Phúc, Quảng Ngãi = + Kon
/// Tum, Gia Lai = Bình Định's 52, Đắk Lắk = + Phú Yên, Lâm Đồng = + Bình Thuận, Tây Ninh = Long An's 80), and no
/// later official list was found, so change the second table when one is issued.
/// </summary>
public static class ProvinceRegions
{
    public static IReadOnlyList<Region> All { get; } =
    [
        new("tdmnpb", new("Trung du và miền núi phía Bắc", "Northern midlands and mountains")),
        new("dbsh", new("Đồng bằng sông Hồng", "Red River Delta")),
        new("btbdhmt", new("Bắc Trung Bộ và duyên hải miền Trung", "North Central and Central Coast")),
        new("tn", new("Tây Nguyên", "Central Highlands")),
        new("dnb", new("Đông Nam Bộ", "Southeast")),
        new("dbscl", new("Đồng bằng sông Cửu Long", "Mekong River Delta")),
    ];

    /// <summary>The 63 provinces before 1 July 2025.</summary>
    private static readonly FrozenDictionary<string, string> Before2025 = Table(
        ("tdmnpb", "02 04 06 08 10 11 12 14 15 17 19 20 24 25"),
        ("dbsh", "01 22 26 27 30 31 33 34 35 36 37"),
        ("btbdhmt", "38 40 42 44 45 46 48 49 51 52 54 56 58 60"),
        ("tn", "62 64 66 67 68"),
        ("dnb", "70 72 74 75 77 79"),
        ("dbscl", "80 82 83 84 86 87 89 91 92 93 94 95 96"));

    /// <summary>The 34 provinces from 1 July 2025.</summary>
    private static readonly FrozenDictionary<string, string> From2025 = Table(
        ("tdmnpb", "04 08 11 12 14 15 19 20 24 25"),
        ("dbsh", "01 22 31 33 37"),
        ("btbdhmt", "38 40 42 44 46 48 51 52 56"),
        ("tn", "66 68"),
        ("dnb", "75 79"),
        ("dbscl", "80 82 86 91 92 96"));

    /// <summary>Codes that exist only among the 63 provinces: a set of units holding one is from before the merger.</summary>
    private static readonly FrozenSet<string> Only63 = Before2025.Keys.Except(From2025.Keys).ToFrozenSet();

    /// <summary>The region of a province code; <paramref name="after2025"/> chooses the 34-province table.</summary>
    public static Region? Of(string? provinceCode, bool after2025)
    {
        var table = after2025 ? From2025 : Before2025;
        return provinceCode is not null && table.TryGetValue(provinceCode, out var key) ? Find(key) : null;
    }

    /// <summary>True unless one of the codes is a province that ended on 1 July 2025.</summary>
    public static bool After2025(IEnumerable<string?> provinceCodes) => !provinceCodes.Any(c => c is not null && Only63.Contains(c));

    public static Region? Find(string key) => All.FirstOrDefault(r => r.Key == key);

    private static FrozenDictionary<string, string> Table(params (string Region, string Codes)[] rows) =>
        rows.SelectMany(r => r.Codes.Split(' ').Select(code => (code, r.Region))).ToFrozenDictionary(p => p.code, p => p.Region, StringComparer.Ordinal);
}
