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

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
