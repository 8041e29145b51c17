using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.Accounts;

/// <summary>
/// What became of a set-password request: the ticket's state (only <see cref="TicketState.Valid"/> sets a password),
/// whether the account is deactivated, the password's refusals (Identity codes, see <see cref="PasswordErrors"/>), and
/// whose account it is (shown on the form, to the holder of a valid link only).
/// </summary>
public sealed record PasswordLinkOutcome(TicketState State, bool Deactivated, IReadOnlyList<string> Errors, string? Email)
{
    public bool Succeeded => State == TicketState.Valid && !Deactivated && Errors.Count == 0;
}

/// <summary>
/// The set-password page's work (<see cref="Shared.PublicLinks.SetPasswordPath"/>): the password is checked first, then
/// the ticket is redeemed and the password set in one transaction, so a refused password leaves the link usable and
/// two requests with one link set at most one password.
/// </summary>
public sealed class PasswordLinks(ChiSoDbContext db, AccountTickets tickets, UserManager<ChiSoUser> users, AuditLog audit, ApiTokens tokens)
{
    public async Task<PasswordLinkOutcome> CheckAsync(string? ticket, CancellationToken cancellationToken = default)
    {
        var check = await tickets.CheckAsync(ticket, cancellationToken);
        var user = check.IsValid ? await users.FindByIdAsync(check.UserId!) : null;
        return Outcome(check.IsValid && user is null ? TicketState.Unknown : check.State, user, []);
    }

    public async Task<PasswordLinkOutcome> SetAsync(string? ticket, string? password, string? confirm, CancellationToken cancellationToken = default)
    {
        var check = await tickets.CheckAsync(ticket, cancellationToken);
        var user = check.IsValid ? await users.FindByIdAsync(check.UserId!) : null;
        if (user is null || Data.Accounts.AccountDeactivation.IsDeactivated(user))
        {
            return Outcome(user is null ? (check.IsValid ? TicketState.Unknown : check.State) : check.State, user, []);
        }

        if (password != confirm)
        {
            return Outcome(check.State, user, [PasswordErrors.Mismatch]);
        }

        var refused = await RefusalsAsync(user, password ?? "");
        if (refused.Count > 0)
        {
            return Outcome(check.State, user, refused);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var redeemed = await tickets.RedeemAsync(ticket, cancellationToken);
        if (!redeemed.IsValid)
        {
            return Outcome(redeemed.State, user, []);
        }

        user.EmailConfirmed = true;
        var set = await users.HasPasswordAsync(user) ? await users.RemovePasswordAsync(user) : IdentityResult.Success;
        set = set.Succeeded ? await users.AddPasswordAsync(user, password!) : set;
        if (!set.Succeeded)
        {
            // Rolled back with the transaction: the ticket stays unused.
            return Outcome(TicketState.Valid, user, [.. set.Errors.Select(e => e.Code)]);
        }

        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await tokens.RevokeAllAsync(user.Id, user.Email ?? user.Id, cancellationToken);
        await audit.AppendAsync(new AuditEntry(user.Email ?? user.Id, "User", user.Id, "set-password-with-link", null,
            JsonSerializer.Serialize(new { user.Email, EmailConfirmed = true })), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome(TicketState.Valid, user, []);
    }

    private async Task<List<string>> RefusalsAsync(ChiSoUser user, string password)
    {
        var codes = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            codes.AddRange(result.Errors.Select(e => e.Code));
        }

        return [.. codes.Distinct()];
    }

    private static PasswordLinkOutcome Outcome(TicketState state, ChiSoUser? user, IReadOnlyList<string> errors) =>
        new(state, user is not null && Data.Accounts.AccountDeactivation.IsDeactivated(user), errors, state == TicketState.Valid ? user?.Email : null);
}
