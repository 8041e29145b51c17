namespace ChiSo.Web.Features.Shared;

/// <summary>
/// Absolute links that leave the app (e-mails, the CLI's printed links). They are built from the configured
/// <c>App:PublicUrl</c>, never from the request's Host header, which any caller may set.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    public const string Key = "App:PublicUrl";

    /// <summary>The address people reach the app at, without a trailing slash; http://localhost:5000 when not configured.</summary>
    public string Base { get; } = (configuration[Key] is { Length: > 0 } url ? url : "http://localhost:5000").TrimEnd('/');

    /// <summary>True when <c>App:PublicUrl</c> is set; a production install must set it before inviting anyone.</summary>
    public bool IsConfigured => configuration[Key] is { Length: > 0 };

    /// <summary>The page where the holder of a one-time ticket sets their password.</summary>
    public string SetPassword(string secret) => $"{Base}{SetPasswordPath}?ticket={Uri.EscapeDataString(secret)}";

    public const string SetPasswordPath = Data.Accounts.AccountTickets.SetPasswordPath;

    /// <summary>An absolute link to a local path such as <c>/tasks</c>.</summary>
    public string To(string localPath) => Base + (localPath.StartsWith('/') ? localPath : "/" + localPath);
}
