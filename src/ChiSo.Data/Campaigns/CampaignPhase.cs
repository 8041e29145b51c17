namespace ChiSo.Data.Campaigns;

/// <summary>The steps of the official process, in order; each has a window in the campaign schedule.</summary>
public enum PhaseKind
{
    SelfAssessment,
    Round1Review,
    Confirmation,
    Round2Review,
    Approval,
    Publication,
}

public sealed class CampaignPhase
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public PhaseKind Kind { get; set; }

    public DateOnly Opens { get; set; }

    /// <summary>Inclusive last day.</summary>
    public DateOnly Closes { get; set; }
}
