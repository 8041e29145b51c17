namespace ChiSo.Data.Notifications;

/// <summary>
/// An e-mail waiting to be sent. It is written in the same transaction as the action that caused it and deleted
/// never: a mail server outage only delays it, and <see cref="SentAt"/> is set once the server has accepted it.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>Not before this time: the back-off after a failed attempt.</summary>
    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }
}
