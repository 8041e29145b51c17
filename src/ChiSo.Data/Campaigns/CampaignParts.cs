using ChiSo.Data.Units;

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

/// <summary>A unit taking part in a campaign, in a comparison group, ranked or only assessed.</summary>
public sealed class CampaignUnit
{
    public int CampaignId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string? GroupCode { get; set; }

    public bool Ranked { get; set; } = true;
}

/// <summary>A dated, reasoned extension of one phase's deadline for one unit, granted by the organiser.</summary>
public sealed class DeadlineExtension
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int UnitId { get; set; }

    public PhaseKind Phase { get; set; }

    public DateOnly NewDeadline { get; set; }

    public required string Reason { get; set; }

    public required string GrantedBy { get; set; }

    public DateTime GrantedAt { get; set; }
}

/// <summary>Who answers for a criterion: the lead agency (cơ quan chủ trì) and contributing agencies (phối hợp).</summary>
public sealed class CriterionAssignment
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public required string CriterionCode { get; set; }

    public required string LeadAgency { get; set; }

    /// <summary>Contributing agencies, one per line.</summary>
    public string? ContributingAgencies { get; set; }
}
