namespace ChiSo.Data.Accounts;

/// <summary>
/// A one-time link that lets a person set their password: the invitation of a new account, or a reset. Only the
/// SHA-256 hash of the link's secret is stored. A ticket works once, until <see cref="Expires"/>, and a newer ticket
/// for the same person supersedes it (a resent invitation makes the old mail's link dead).
/// </summary>
public sealed class AccountTicket
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the secret in the link.</summary>
    public required string Hash { get; set; }

    /// <summary>Who asked for it (an e-mail address, or <c>cli</c>).</summary>
    public required string CreatedBy { get; set; }

    public DateTime Created { get; set; }

    public DateTime Expires { get; set; }

    /// <summary>When the link was used to set a password; it cannot be used again.</summary>
    public DateTime? Used { get; set; }

    /// <summary>When a newer ticket for the same person replaced this one.</summary>
    public DateTime? Superseded { get; set; }
}
