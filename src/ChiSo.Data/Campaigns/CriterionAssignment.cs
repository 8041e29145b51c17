namespace ChiSo.Data.Campaigns;

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
