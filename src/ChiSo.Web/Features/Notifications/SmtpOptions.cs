namespace ChiSo.Web.Features.Notifications;

/// <summary>The "Smtp" settings section: where e-mail goes and how often the outbox is emptied.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>No host means e-mail stays in the outbox (in-app notifications still work).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "chiso@localhost";

    public bool EnableSsl { get; set; }

    /// <summary>How often the outbox is read; 0 turns the sender off.</summary>
    public double PollSeconds { get; set; } = 15;

    /// <summary>The wait after the first failure; it doubles with every further failure.</summary>
    public double RetrySeconds { get; set; } = 30;

    /// <summary>The longest wait between two attempts, so that a long outage is retried at least this often.</summary>
    public double MaxRetrySeconds { get; set; } = 3600;

    public double TimeoutSeconds { get; set; } = 30;
}
