using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Admin;

/// <summary>One membership as the administrator sees it; <c>UnitName</c> is null for a system-wide role.</summary>
public sealed record MembershipRow(Role Role, string? UnitName);

public sealed record UserRow(string Id, string Email, string? Name, bool Locked, bool Deactivated, IReadOnlyList<MembershipRow> Memberships);

/// <summary>
/// What an administrator does to other accounts: reset a password, unlock, sign out everywhere. Every action is
/// recorded in the audit log, without the password. Resetting the password and signing out everywhere also revoke the
/// user's API tokens (an account taken over must not keep working through one).
/// </summary>
public sealed class UserAdministration(ChiSoDbContext db, UserManager<ChiSoUser> users, AuditLog audit, TimeProvider clock, Accounts.ApiTokens tokens)
{
    public async Task<List<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd }).ToListAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking()
            .Select(m => new { m.UserId, m.Role, Unit = db.Units.Where(u => u.Id == m.UnitId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return [.. accounts.Select(a => new UserRow(a.Id, a.Email ?? "", a.DisplayName, a.LockoutEnd > now, a.LockoutEnd?.Year >= 9999,
            [.. memberships.Where(m => m.UserId == a.Id).OrderBy(m => m.Role).Select(m => new MembershipRow(m.Role, m.Unit))]))];
    }

    /// <summary>Sets the password the administrator chose, unlocks and signs the user out everywhere; the Identity error codes when refused, null when the user is unknown.</summary>
    public async Task<IReadOnlyList<string>?> ResetPasswordAsync(string userId, string password, string actor)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        // Remove-then-add would leave the account without a password if the add failed: reset with a token instead.
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            return [.. reset.Errors.Select(e => e.Code)];
        }

        await UnlockAndStampAsync(user, actor);
        await RecordAsync(actor, user, "reset-password");
        return [];
    }

    public Task<bool> UnlockAsync(string userId, string actor) => ActAsync(userId, actor, "unlock", async user =>
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    });

    /// <summary>
    /// Deactivates the account (<see cref="Data.Accounts.AccountDeactivation"/>): no sign-in, its sessions end at the next stamp check
    /// and its tokens are revoked; unlocking reactivates it.
    /// </summary>
    public Task<bool> DeactivateAsync(string userId, string actor) =>
        ActAsync(userId, actor, "deactivate", async user =>
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, Data.Accounts.AccountDeactivation.Forever);
            await users.UpdateSecurityStampAsync(user);
            await tokens.RevokeAllAsync(user.Id, actor);
        });

    public Task<bool> SignOutEverywhereAsync(string userId, string actor) =>
        ActAsync(userId, actor, "sign-out-everywhere", async user =>
        {
            await users.UpdateSecurityStampAsync(user);
            await tokens.RevokeAllAsync(user.Id, actor);
        });

    private async Task<bool> ActAsync(string userId, string actor, string action, Func<ChiSoUser, Task> act)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        await act(user);
        await RecordAsync(actor, user, action);
        return true;
    }

    private async Task UnlockAndStampAsync(ChiSoUser user, string actor)
    {
        // A new password does not bring a deactivated account back: reactivating is its own, audited act.
        if (!Data.Accounts.AccountDeactivation.IsDeactivated(user))
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        await users.ResetAccessFailedCountAsync(user);

        // Resetting already changes the stamp; saying it again keeps "signs out everywhere" true if that ever changes.
        await users.UpdateSecurityStampAsync(user);
        await tokens.RevokeAllAsync(user.Id, actor);
    }

    private Task<AuditEvent> RecordAsync(string actor, ChiSoUser user, string action) =>
        audit.AppendAsync(new AuditEntry(actor, "User", user.Id, action, null, JsonSerializer.Serialize(new { user.Email })));
}
