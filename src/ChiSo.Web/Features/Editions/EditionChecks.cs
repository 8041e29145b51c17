using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChiSo.Web.Features.Editions;

/// <summary>A refused upload or action as the page shows it after the redirect: the file's name and every problem.</summary>
public sealed record EditionCheck(string Owner, string FileName, IReadOnlyList<EditionProblem> Problems, DateTimeOffset At);

/// <summary>
/// Keeps the problems of a refused upload for the page that shows them (the form posts, then redirects): what was
/// read, never the file. Bounded like the workbook uploads: 3 per user, an hour each, 2,000 problems each.
/// </summary>
public sealed class EditionChecks(TimeProvider clock)
{
    public const int PerUser = 3;
    public const int MaxProblems = 2_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, EditionCheck> _checks = new(StringComparer.Ordinal);

    public string Keep(string owner, string fileName, IReadOnlyList<EditionProblem> problems)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _checks.Where(c => now - c.Value.At > Lifetime).Select(c => c.Key).ToList())
        {
            _checks.TryRemove(old, out _);
        }

        foreach (var extra in _checks.Where(c => c.Value.Owner == owner).OrderByDescending(c => c.Value.At).Skip(PerUser - 1).Select(c => c.Key).ToList())
        {
            _checks.TryRemove(extra, out _);
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        _checks[token] = new EditionCheck(owner, fileName, [.. problems.Take(MaxProblems)], now);
        return token;
    }

    /// <summary>The check kept under <paramref name="token"/> for <paramref name="owner"/>, or null (another user's, expired or unknown).</summary>
    public EditionCheck? Find(string? token, string owner) =>
        token is not null && _checks.TryGetValue(token, out var check) && check.Owner == owner && clock.GetUtcNow() - check.At <= Lifetime ? check : null;
}
