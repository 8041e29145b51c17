namespace ChiSo.Data.Campaigns;

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
