namespace ChiSo.Data.Accounts;

/// <summary>
/// A personal access token for integrations. Only the SHA-256 hash of the token text is stored: the text is shown
/// once when it is made, and a copy of the database cannot be used to call the API.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token text.</summary>
    public required string Hash { get; set; }

    public DateTime Created { get; set; }

    public DateTime Expires { get; set; }

    public DateTime? LastUsed { get; set; }

    public DateTime? Revoked { get; set; }
}
