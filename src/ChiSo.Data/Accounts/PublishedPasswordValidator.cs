using Microsoft.AspNetCore.Identity;

namespace ChiSo.Data.Accounts;

/// <summary>
/// Refuses the password the README publishes for the demo accounts, for any account, when <paramref name="refuse"/>
/// (the web app: whenever demo mode is off; the CLI: always). Anyone who read the README could sign in with it.
/// </summary>
public sealed class PublishedPasswordValidator(bool refuse) : IPasswordValidator<ChiSoUser>
{
    /// <summary>The demo accounts' password, shown on the sign-in page in demo mode only; it meets the password rules.</summary>
    public const string DemoPassword = "ChiSo-Demo-2025";

    public const string ErrorCode = "PublishedPassword";

    public Task<IdentityResult> ValidateAsync(UserManager<ChiSoUser> manager, ChiSoUser user, string? password) =>
        Task.FromResult(refuse && string.Equals(password?.Trim(), DemoPassword, StringComparison.OrdinalIgnoreCase)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "This password is published for the demo accounts: choose another one.",
            })
            : IdentityResult.Success);
}
