namespace ChiSo.Data.Review;

/// <summary>
/// A reviewer (member of the hội đồng thẩm định) assigned by the organiser to a campaign: to all its units or one
/// (<see cref="UnitId"/>), to all its criteria or those under one node (<see cref="NodeCode"/>, e.g. a group). A
/// reviewer never reviews a unit they belong to, whatever the assignment says.
/// </summary>
public sealed class ReviewerAssignment
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public required string UserId { get; set; }

    /// <summary>Null: every unit of the campaign.</summary>
    public int? UnitId { get; set; }

    /// <summary>Null: every criterion; otherwise the code of a node whose criteria (itself included) are assigned.</summary>
    public string? NodeCode { get; set; }

    public required string AssignedBy { get; set; }

    public DateTime AssignedAt { get; set; }
}
