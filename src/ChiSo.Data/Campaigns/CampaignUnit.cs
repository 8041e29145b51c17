using ChiSo.Data.Units;

namespace ChiSo.Data.Campaigns;

/// <summary>A unit taking part in a campaign, in a comparison group, ranked or only assessed.</summary>
public sealed class CampaignUnit
{
    public int CampaignId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string? GroupCode { get; set; }

    public bool Ranked { get; set; } = true;
}
