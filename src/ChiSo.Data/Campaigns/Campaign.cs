using ChiSo.Data.Frameworks;

namespace ChiSo.Data.Campaigns;

public enum CampaignStatus
{
    Draft,
    Open,
    Review,
    Closed,
    Published,
}

/// <summary>An assessment campaign (kỳ đánh giá): one framework edition applied to a set of units in a year.</summary>
public sealed class Campaign
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public int FrameworkEditionId { get; set; }

    public FrameworkEdition? FrameworkEdition { get; set; }

    public int Year { get; set; }

    public CampaignStatus Status { get; set; }

    /// <summary>Demo data, never to be mistaken for an official result.</summary>
    public bool IsDemo { get; set; }

    /// <summary>The step of the review process (ADR 0024); changed only through the review rounds, each change audited.</summary>
    public ReviewStage Stage { get; set; }

    /// <summary>Optimistic concurrency token: two organisers moving the campaign at once cannot both succeed.</summary>
    public int Version { get; set; }

    public List<CampaignPhase> Phases { get; } = [];

    public List<CampaignUnit> Units { get; } = [];
}
