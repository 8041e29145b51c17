using System.Security.Cryptography;

namespace ChiSo.Web.Features.Evidence;

/// <summary>A file written to the store: its hash, size and what its bytes are.</summary>
public sealed record StoredFile(string Sha256, long Size, SniffResult Type);

/// <summary>
/// Files on disk named by the SHA-256 of their bytes (ab/cd/abcd…): the same content uploaded twice is stored once,
/// and no user-supplied name ever becomes part of a path.
/// </summary>
public sealed class EvidenceStore(EvidenceOptions options, TimeProvider clock)
{
    public string Root { get; } = Path.GetFullPath(options.Folder);

    /// <summary>Copies <paramref name="content"/> to a temporary file while hashing it, checks its type, then moves it in place.</summary>
    public async Task<StoredFile> WriteAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var incoming = Path.Combine(Root, "incoming");
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            string sha;
            SniffResult type;
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                size = file.Length;
                file.Position = 0;
                sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
                type = ContentSniffer.Sniff(file);
            }

            if (type.Accepted)
            {
                var target = PathOf(sha);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (!File.Exists(target))
                {
                    TryMove(temp, target);
                }

                // The file's time is when it was last wanted: the sweep keeps a file a new row is about to name.
                File.SetLastWriteTimeUtc(target, clock.GetUtcNow().UtcDateTime);
            }

            return new StoredFile(sha, size, type);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Where a file of that hash lives; the hash is checked so that nothing else can reach the file system.</summary>
    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lower-case SHA-256.", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    /// <summary>Every stored file (ab/cd/&lt;sha256&gt;), and the temporary files of uploads still in progress or abandoned.</summary>
    public IEnumerable<(string Path, string? Sha256)> Files()
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            var stored = name.Length == 64 && name.All(char.IsAsciiHexDigitLower) && PathOf(name) == path;
            yield return (path, stored ? name : null);
        }
    }

    private static void TryMove(string temp, string target)
    {
        try
        {
            File.Move(temp, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another upload of the same bytes got there first: same name, same content, nothing to do.
        }
    }
}
