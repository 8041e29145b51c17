using System.Text.Json;
using ChiSo.Data.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Accounts;

/// <summary>
/// Deactivates an account as the web app's administration does: locked out for good (lockout end at the end of
/// time), a new security stamp (its sessions end at the next check), its API tokens revoked, and an audit event.
/// </summary>
public sealed class AccountDeactivation(ChiSoDbContext db, UserManager<ChiSoUser> users, AuditLog audit, TimeProvider clock)
{
    public static readonly DateTimeOffset Forever = DateTimeOffset.MaxValue;

    public static bool IsDeactivated(ChiSoUser user) => user?.LockoutEnd is { } end && end.Year >= 9999;

    /// <summary>False when the account was already deactivated (nothing changes).</summary>
    public async Task<bool> DeactivateAsync(ChiSoUser user, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (IsDeactivated(user))
        {
            return false;
        }

        await users.SetLockoutEnabledAsync(user, true).ConfigureAwait(false);
        await users.SetLockoutEndDateAsync(user, Forever).ConfigureAwait(false);
        await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        // The tokens go with it, named in the audit trail as the web app's revocation names them.
        var now = clock.GetUtcNow().UtcDateTime;
        var tokens = await db.ApiTokens.Where(t => t.UserId == user.Id && t.Revoked == null).Select(t => t.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (tokens.Count > 0)
        {
            await db.ApiTokens.Where(t => tokens.Contains(t.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Revoked, now), cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(new AuditEntry(actor, "User", user.Id, "revoke-api-tokens", null, JsonSerializer.Serialize(new { TokenIds = tokens })), cancellationToken)
                .ConfigureAwait(false);
        }

        await audit.AppendAsync(new AuditEntry(actor, "User", user.Id, "deactivate", null, JsonSerializer.Serialize(new { user.Email })), cancellationToken)
            .ConfigureAwait(false);
        return true;
    }
}
