using System.Security.Cryptography;
using ChiSo.Data.Units;

namespace ChiSo.Web.Features.UnitCatalogue;

/// <summary>
/// A checked sheet kept between its preview and its apply: the rows as read (never the file), bound to the user who
/// uploaded it. Each user keeps only their last sheet, for an hour; at most <see cref="MaxUsers"/> users' sheets are
/// kept, the oldest going first. Applying checks the rows again against the database.
/// </summary>
public sealed class BodySheetPreviews(TimeProvider clock)
{
    public const int MaxUsers = 100;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    public string Keep(string user, string fileName, IReadOnlyList<BodyDraft> rows)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (_gate)
        {
            _kept[user] = new Kept(token, fileName, rows, clock.GetUtcNow());
            foreach (var oldest in _kept.OrderBy(k => k.Value.At).Take(Math.Max(0, _kept.Count - MaxUsers)).Select(k => k.Key).ToList())
            {
                _kept.Remove(oldest);
            }
        }

        return token;
    }

    /// <summary>The user's kept rows for <paramref name="token"/>, or null when gone, expired or someone else's.</summary>
    public (string FileName, IReadOnlyList<BodyDraft> Rows)? Find(string user, string? token)
    {
        lock (_gate)
        {
            return _kept.TryGetValue(user, out var kept) && kept.Token == token && clock.GetUtcNow() - kept.At <= Lifetime
                ? (kept.FileName, kept.Rows)
                : null;
        }
    }

    public void Forget(string user)
    {
        lock (_gate)
        {
            _kept.Remove(user);
        }
    }

    private sealed record Kept(string Token, string FileName, IReadOnlyList<BodyDraft> Rows, DateTimeOffset At);
}
