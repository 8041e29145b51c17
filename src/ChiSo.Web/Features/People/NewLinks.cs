using System.Diagnostics;
using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ChiSo.Web.Features.People;

/// <summary>
/// "Nhận liên kết mới": anyone types an address and gets the same answer in the same time, whether or not it belongs
/// to someone; an active account gets a fresh set-password link by e-mail (older links die). At most
/// <see cref="PerAddress"/> links an hour go to one address (the client's own rate limit is the endpoint's).
/// </summary>
public sealed class NewLinks(ChiSoDbContext db, Invitations invitations, AuditLog audit, IMemoryCache cache, IConfiguration configuration)
{
    public const int PerAddress = 3;

    public const string RateLimitPolicy = "new-link";

    /// <summary>The answer takes at least this long, so that the work done for a real address does not show.</summary>
    public TimeSpan Floor => TimeSpan.FromMilliseconds(configuration.GetValue("People:NewLinkMilliseconds", 800));

    public async Task RequestAsync(string? email, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await SendAsync((email ?? "").Trim(), cancellationToken);
        }
        finally
        {
            var left = Floor - Stopwatch.GetElapsedTime(started);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, CancellationToken.None);
            }
        }
    }

    private async Task SendAsync(string email, CancellationToken cancellationToken)
    {
        if (email.Length is 0 or > PersonRules.MaxEmail || PersonRules.EmailProblem(email) is not null || !Counted(email))
        {
            return;
        }

        var key = PeopleCheck.KeyOf(email);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == key, cancellationToken);
        if (user is null || Data.Accounts.AccountDeactivation.IsDeactivated(user))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await invitations.QueueAsync(user.Id, user.Email!, user.DisplayName, "new-link", notify: false, cancellationToken);
        await audit.AppendAsync(new AuditEntry("new-link", "User", user.Id, "new-link", null, JsonSerializer.Serialize(new { user.Email })), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Counts a request for the address; false once it had <see cref="PerAddress"/> this hour.</summary>
    private bool Counted(string email)
    {
        var key = "new-link:" + PeopleCheck.KeyOf(email);
        var count = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
            return new int[1];
        })!;
        return Interlocked.Increment(ref count[0]) <= PerAddress;
    }
}
