using System.Collections.Concurrent;

namespace ChiSo.Web.Features.Accounts;

/// <summary>
/// Slows password guessing without letting anyone lock an account (issue 10 §3). After a few failures for one
/// address typed in the form, or from one client address, the next attempt must wait: 1 s, 2 s, 4 s… up to a minute.
/// Nobody is locked out: the owner can sign in as soon as the short wait is over, and API tokens are never affected.
/// The account key is the text typed, whether or not an account has it, so waiting tells nothing about which
/// addresses exist. Failures are forgotten a quarter of an hour after the last one; the table is bounded.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IConfiguration configuration)
{
    private static readonly TimeSpan Forget = TimeSpan.FromMinutes(15);

    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private readonly int _freePerAccount = configuration.GetValue("SignIn:FreeFailuresPerAccount", 3);

    private readonly int _freePerAddress = configuration.GetValue("SignIn:FreeFailuresPerAddress", 10);

    private readonly TimeSpan _longest = TimeSpan.FromSeconds(configuration.GetValue("SignIn:LongestWaitSeconds", 60));

    /// <summary>How long the caller must still wait before a password is checked; zero when it may try now.</summary>
    public TimeSpan WaitFor(string? account, string? address)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var (key, free) in Keys(account, address))
        {
            if (_failures.TryGetValue(key, out var failures) && now - failures.Last < Forget)
            {
                var left = failures.Last + Delay(failures.Count, free) - now;
                wait = left > wait ? left : wait;
            }
        }

        return wait;
    }

    /// <summary>Counts a failed attempt against the typed address and the client.</summary>
    public void Failed(string? account, string? address)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count >= MaxEntries)
        {
            Prune(now);
        }

        foreach (var (key, _) in Keys(account, address))
        {
            _failures.AddOrUpdate(key, _ => new Failures(1, now),
                (_, old) => now - old.Last < Forget ? new Failures(old.Count + 1, now) : new Failures(1, now));
        }
    }

    /// <summary>A correct password clears the account's failures (not the client's: one shared computer may guess many accounts).</summary>
    public void Succeeded(string? account)
    {
        if (AccountKey(account) is { } key)
        {
            _failures.TryRemove(key, out _);
        }
    }

    /// <summary>The wait after <paramref name="count"/> failures: none while within the free ones, then doubling to the longest.</summary>
    internal TimeSpan Delay(int count, int free)
    {
        if (count < free)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, Math.Min(count - free, 30));
        return seconds >= _longest.TotalSeconds ? _longest : TimeSpan.FromSeconds(seconds);
    }

    private IEnumerable<(string Key, int Free)> Keys(string? account, string? address)
    {
        if (AccountKey(account) is { } a)
        {
            yield return (a, _freePerAccount);
        }

        yield return ("ip:" + (string.IsNullOrEmpty(address) ? "local" : address), _freePerAddress);
    }

    private static string? AccountKey(string? account) =>
        account?.Trim() is { Length: > 0 and <= 256 } typed ? "a:" + typed.ToUpperInvariant() : null;

    private void Prune(DateTimeOffset now)
    {
        foreach (var entry in _failures)
        {
            if (now - entry.Value.Last >= Forget)
            {
                _failures.TryRemove(entry.Key, out _);
            }
        }

        // Still full (a flood of distinct keys within the quarter hour): forget the oldest half rather than grow.
        if (_failures.Count >= MaxEntries)
        {
            foreach (var entry in _failures.OrderBy(e => e.Value.Last).Take(_failures.Count / 2))
            {
                _failures.TryRemove(entry.Key, out _);
            }
        }
    }

    private readonly record struct Failures(int Count, DateTimeOffset Last);
}
