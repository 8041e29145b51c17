using System.Text.Json;
using ChiSo.Data.Audit;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Data.Accounts;

/// <summary>A person to create: one membership (<paramref name="UnitId"/> null for a system-wide role); no password yet when null.</summary>
public sealed record NewAccount(string Email, string Name, Role Role, int? UnitId, string? Password);

/// <summary>The account made, or the Identity error codes (DuplicateEmail, PasswordTooShort…) that refused it.</summary>
public sealed record AccountCreated(ChiSoUser? User, IReadOnlyList<string> Errors)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// Creates an account with its membership and the audit event, in one transaction, through Identity's
/// <see cref="UserManager{TUser}"/> (its password and address rules): the web app's first administrator and the
/// CLI's <c>chiso users add</c> alike.
/// </summary>
public sealed class AccountCreation(ChiSoDbContext db, UserManager<ChiSoUser> users, AuditLog audit)
{
    public const int MaxNameLength = 200;

    public async Task<AccountCreated> CreateAsync(NewAccount account, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var email = account.Email.Trim();
        var user = new ChiSoUser { UserName = email, Email = email, DisplayName = account.Name.Trim() };
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            var created = account.Password is null
                ? await users.CreateAsync(user).ConfigureAwait(false)
                : await users.CreateAsync(user, account.Password).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                return new AccountCreated(null, [.. created.Errors.Select(e => e.Code).Distinct()]);
            }

            db.Memberships.Add(new Membership { UserId = user.Id, Role = account.Role, UnitId = account.UnitId });
            // Who, what and for which unit; never the password.
            await audit.AppendAsync(new AuditEntry(actor, "User", user.Id, "create", null, JsonSerializer.Serialize(new
            {
                user.Email,
                Name = user.DisplayName,
                Role = account.Role.ToString(),
                account.UnitId,
                PasswordSet = account.Password is not null,
            })), cancellationToken).ConfigureAwait(false);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return new AccountCreated(user, []);
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
