using ChiSo.Data.Campaigns;
using ChiSo.Engine.Scoring;

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
/// One demo campaign. <paramref name="Target"/> is the average index value the drawn self-assessments aim at;
/// <paramref name="Stage"/> how far its review is played (<see cref="DemoReviewPlay"/>): the units' values are the
/// self-assessment, every later change is a review step.
/// </summary>
internal sealed record DemoCampaignSpec(
    string Name, string FrameworkId, int Year, DemoUnits Units, CampaignStatus Status, double Target, ReviewStage Stage)
{
    /// <summary>
    /// The demo set. Targets for the DTI come from the published provincial averages (dti_aggregates.csv in the
    /// project's domain material: 2023 provincial_average_dti 0.6783, baodanang.vn 02/2025; 2024 0.6961,
    /// dantri.com.vn 21/10/2025). The DII, department and commune targets are plausible values, not published ones.
    /// Stages: the DTI 2023 published after round 2 (Quảng Trị's objection answered), the DTI 2024 in its round-1
    /// review, the DII 2023 with its round-1 result out and Quảng Trị's objection waiting for round 2 (the seed
    /// article's figures, <see cref="DemoDiiRound1"/>), the departments collecting, the communes not yet open; then the
    /// published DTI 2022 of the 63 provinces in the published order with the top five's published values, and the
    /// published DTI 2024 of the 63 provinces before the merger with Đà Nẵng's 0,8335 and Quảng Nam's 0,5803, whose mean
    /// is the new Đà Nẵng's 0,7069 (<see cref="DemoPublishedFigures"/>). The last two come last so earlier campaigns
    /// keep their ids and seeds.
    /// </summary>
    public static IReadOnlyList<DemoCampaignSpec> All { get; } =
    [
        new("[DEMO] DTI cấp tỉnh 2023", "dti-tinh", 2023, DemoUnits.OldProvinces, CampaignStatus.Published, 0.6783, ReviewStage.Published),
        new("[DEMO] DTI cấp tỉnh 2024", "dti-tinh", 2024, DemoUnits.NewProvinces, CampaignStatus.Review, 0.6961, ReviewStage.Round1Review),
        new("[DEMO] DII 2023", "dii", 2023, DemoUnits.OldProvinces, CampaignStatus.Review, 0.62, ReviewStage.Round1Out),
        new("[DEMO] DTI sở, ban, ngành tỉnh Tây Ninh 2025", "dti-so-nganh", 2025, DemoUnits.Departments, CampaignStatus.Open, 0.6, ReviewStage.Collecting),
        new("[DEMO] DTI cấp xã tỉnh Tây Ninh 2025", "dti-xa", 2025, DemoUnits.Communes, CampaignStatus.Draft, 0.55, ReviewStage.Collecting),
        new(Dti2022, "dti-tinh", 2022, DemoUnits.OldProvinces, CampaignStatus.Published, 0.5763, ReviewStage.Published),
        new(Dti2024Old, "dti-tinh", 2024, DemoUnits.OldProvinces, CampaignStatus.Published, 0.6961, ReviewStage.Published),
    ];

    /// <summary>The published DTI 2022 (<see cref="DemoPublishedFigures.Dti2022"/>).</summary>
    public const string Dti2022 = "[DEMO] DTI cấp tỉnh 2022";

    /// <summary>The published DTI 2024 of the 63 provinces before the merger (<see cref="DemoPublishedFigures.Dti2024Old"/>).</summary>
    public const string Dti2024Old = "[DEMO] DTI cấp tỉnh năm 2024, 63 tỉnh trước sắp xếp";

    /// <summary>The published figures this campaign's final result must show; null for a drawn one.</summary>
    public PublishedFigures? Figures(ScoreSheet self) => Name switch
    {
        Dti2022 => DemoPublishedFigures.Dti2022,
        Dti2024Old => DemoPublishedFigures.Dti2024Old(self),
        _ => null,
    };
}
