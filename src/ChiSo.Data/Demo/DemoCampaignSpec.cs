using ChiSo.Data.Campaigns;

namespace ChiSo.Data.Demo;

/// <summary>Which units a demo campaign runs over.</summary>
internal enum DemoUnits
{
    /// <summary>The 63 provinces before 1/7/2025.</summary>
    OldProvinces,

    /// <summary>The 34 provinces from 1/7/2025.</summary>
    NewProvinces,

    /// <summary>The departments of the demo province.</summary>
    Departments,

    /// <summary>The communes of the demo province.</summary>
    Communes,
}

/// <summary>
/// One demo campaign. <paramref name="Target"/> is the average index value the drawn answers aim at;
/// <paramref name="Rounds"/> how many rounds of values exist; <paramref name="PublishedRounds"/> which rounds get a
/// published snapshot.
/// </summary>
internal sealed record DemoCampaignSpec(
    string Name, string FrameworkId, int Year, DemoUnits Units, CampaignStatus Status, double Target, int Rounds, int[] PublishedRounds)
{
    /// <summary>
    /// The demo set. Targets for the DTI come from the published provincial averages (dti_aggregates.csv in the
    /// project's domain material: 2023 provincial_average_dti 0.6783, baodanang.vn 02/2025; 2024 0.6961,
    /// dantri.com.vn 21/10/2025). The DII, department and commune targets are plausible values, not published ones.
    /// </summary>
    public static IReadOnlyList<DemoCampaignSpec> All { get; } =
    [
        new("[DEMO] DTI cấp tỉnh 2023", "dti-tinh", 2023, DemoUnits.OldProvinces, CampaignStatus.Published, 0.6783, 3, [1, 2]),
        new("[DEMO] DTI cấp tỉnh 2024", "dti-tinh", 2024, DemoUnits.NewProvinces, CampaignStatus.Review, 0.6961, 2, [1]),
        new("[DEMO] DII 2023", "dii", 2023, DemoUnits.OldProvinces, CampaignStatus.Open, 0.62, 1, []),
        new("[DEMO] DTI sở, ban, ngành tỉnh Tây Ninh 2025", "dti-so-nganh", 2025, DemoUnits.Departments, CampaignStatus.Open, 0.6, 1, []),
        new("[DEMO] DTI cấp xã tỉnh Tây Ninh 2025", "dti-xa", 2025, DemoUnits.Communes, CampaignStatus.Draft, 0.55, 1, []),
    ];
}
