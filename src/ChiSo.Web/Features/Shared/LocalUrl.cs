namespace ChiSo.Web.Features.Shared;

/// <summary>
/// Whether a "go back to" address given by the browser stays on this site: a path from the root, not "//host" or
/// "/\host" (other sites for browsers), without control characters. Anything else goes to the home page, so that a
/// crafted link neither sends the user elsewhere nor makes LocalRedirect throw.
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>The address if local, with letters outside ASCII percent-encoded (a Location header carries ASCII only); else "/".</summary>
    public static string OrHome(string? url) => IsLocal(url) ? AsciiOnly(url!) : "/";

    private static string AsciiOnly(string url)
    {
        if (url.All(char.IsAscii))
        {
            return url;
        }

        // By rune, so that a letter outside the BMP is encoded whole (a lone surrogate becomes U+FFFD).
        var ascii = new System.Text.StringBuilder(url.Length * 3);
        foreach (var rune in url.EnumerateRunes())
        {
            ascii.Append(rune.IsAscii ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        }

        return ascii.ToString();
    }
}
