namespace ChiSo.Data.Accounts;

/// <summary>
/// A signed-in session that its owner ended by signing out: a copy of its cookie is refused from then on, also after
/// a restart. Kept until the cookie could have expired anyway.
/// </summary>
public sealed class EndedSession
{
    /// <summary>The session id carried in the cookie (32 hex characters).</summary>
    public required string Id { get; set; }

    public DateTime Expires { get; set; }
}
