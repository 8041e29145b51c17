using System.Collections.Immutable;
using ChiSo.Engine.Scoring;

namespace ChiSo.Data.Demo;

/// <summary>
/// The published figures the demo's published DTI campaigns show (<see cref="DemoPublishedDesign"/>), from the project's
/// domain data: dti_provincial_2022.csv (dti.gov.vn/xep-hang-2022: every province's rank, the top five's main-index
/// values) and dti_provincial_facts_2020_2024.csv (Trà Vinh 2022; the 2024 ranking of the 63 provinces before the merger).
/// </summary>
internal static class DemoPublishedFigures
{
    /// <summary>The 2022 ranking of the 63 provinces, best first (Thanh Hóa and Yên Bái share rank 15).</summary>
    public static ImmutableArray<(string Code, int Rank)> Order2022 { get; } =
    [
        ("48", 1), ("79", 2), ("22", 3), ("46", 4), ("92", 5), ("20", 6), ("27", 7), ("19", 8), ("24", 9),
        ("36", 10), ("80", 11), ("70", 12), ("30", 13), ("31", 14), ("38", 15), ("15", 15), ("93", 17),
        ("26", 18), ("74", 19), ("82", 20), ("37", 21), ("68", 22), ("25", 23), ("01", 24), ("84", 25),
        ("51", 26), ("58", 27), ("77", 28), ("52", 29), ("86", 30), ("49", 31), ("91", 32), ("33", 33),
        ("35", 34), ("11", 35), ("94", 36), ("42", 37), ("10", 38), ("87", 39), ("72", 40), ("56", 41),
        ("17", 42), ("75", 43), ("14", 44), ("62", 45), ("44", 46), ("66", 47), ("08", 48), ("67", 49),
        ("60", 50), ("83", 51), ("40", 52), ("12", 53), ("89", 54), ("45", 55), ("34", 56), ("02", 57),
        ("96", 58), ("54", 59), ("95", 60), ("04", 61), ("64", 62), ("06", 63),
    ];

    /// <summary>
    /// Main-index points (1–5, 7–9: value × max of 100, 100, 100, 100, 100, 200, 150, 150) of the provinces whose values
    /// are published. Top five: the published values, except that Hồ Chí Minh City's 8 and 9 are 114,16 and 53,845
    /// instead of 114,165 and 53,85 (both still shown as 0,7611 and 0,3590): the published values are rounded, and
    /// their exact sum, 716,355, would show 0,7164, not the published 0,7163. Trà Vinh: the values that reproduce its
    /// published DTI 0,6077 and pillars 0,6683 / 0,6647 / 0,5991 under the pillar rule H1 (foundation mean 0,6816,
    /// activity 0,6351 / 0,6084 / 0,3242; dti_pillar_hypothesis_922.csv), the foundation spread evenly.
    /// </summary>
    public static ImmutableDictionary<string, double[]> MainPoints2022 { get; } = new Dictionary<string, double[]>(StringComparer.Ordinal)
    {
        ["48"] = [100, 90, 82.53, 84.87, 75.78, 171.5, 117.54, 77.955],
        ["79"] = [89.17, 90, 82.58, 62.67, 55.8, 168.12, 114.16, 53.845],
        ["22"] = [95.81, 90, 76.48, 62.5, 53.82, 167.7, 88.56, 67.575],
        ["46"] = [95, 90, 68.23, 67.94, 64.23, 165.24, 101.805, 45.015],
        ["92"] = [90, 80, 72.33, 73.76, 72.26, 146.5, 113.34, 44.205],
        ["84"] = [68.16, 68.16, 68.16, 68.16, 68.16, 127.02, 91.26, 48.63],
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>
    /// DTI 2022 of the 63 provinces: the published order and values; the provinces between the published ones are
    /// interpolated by rank, down to 0,4313 for the last, so the mean is close to the published provincial average 0,5763.
    /// </summary>
    public static PublishedFigures Dti2022 { get; } = new(
        Order2022,
        new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["48"] = 0.8002, ["79"] = 0.7163, ["22"] = 0.7024, ["46"] = 0.6975, ["92"] = 0.6924, ["84"] = 0.6077,
        }.ToImmutableDictionary(StringComparer.Ordinal),
        MainPoints2022,
        Top: 0.8002,
        Bottom: 0.4313);

    /// <summary>
    /// DTI 2024 of the 63 provinces before the merger (published with the 34-province ranking of 21/10/2025): Hồ Chí
    /// Minh City 1, Đà Nẵng 2 (0,8335), Hải Phòng 3, Hà Nội 4 (0,8241), Huế 5 (0,7951), Quảng Nam 57 (0,5803). The
    /// other provinces keep their self-assessment's order in the ranks left; values between the published ones are
    /// interpolated (Hồ Chí Minh City's 0,8412 and the last's 0,52 are ChiSo's, not published).
    /// </summary>
    public static PublishedFigures Dti2024Old(ScoreSheet self)
    {
        ArgumentNullException.ThrowIfNull(self);
        (string Code, int Rank)[] known = [("79", 1), ("48", 2), ("31", 3), ("01", 4), ("46", 5), ("49", 57)];
        var codes = self.Data.UnitCodes;
        var rest = Enumerable.Range(0, codes.Length).Where(u => !known.Any(k => k.Code == codes[u]))
            .OrderByDescending(u => self.Points(0, u)).ThenBy(u => codes[u], StringComparer.Ordinal).Select(u => codes[u]).ToList();
        var free = Enumerable.Range(1, codes.Length).Where(r => !known.Any(k => k.Rank == r)).ToList();
        var order = known.Concat(rest.Select((code, i) => (code, free[i]))).OrderBy(o => o.Item2).ToImmutableArray();
        return new PublishedFigures(
            order,
            new Dictionary<string, double>(StringComparer.Ordinal) { ["48"] = 0.8335, ["01"] = 0.8241, ["46"] = 0.7951, ["49"] = 0.5803 }
                .ToImmutableDictionary(StringComparer.Ordinal),
            ImmutableDictionary<string, double[]>.Empty,
            Top: 0.8412,
            Bottom: 0.52);
    }
}
