namespace ChiSo.Data.Notifications;

/// <summary>An in-app message to one user (a reminder from the organiser, for example), shown until read.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public int? CampaignId { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>Where the message leads, a path inside the app.</summary>
    public string? Link { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
