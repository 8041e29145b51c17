using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Data.Accounts;

/// <summary>
/// The rules every account's password and address follow, in the web app and the CLI alike: a password the CLI sets
/// is one the web app accepts. The web app adds its lockout and cookie rules on top.
/// </summary>
public static class IdentityRules
{
    public const int MinPasswordLength = 10;

    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinPasswordLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.User.RequireUniqueEmail = true;
    }

    /// <summary>Identity on ChiSo's accounts and database, with these rules and <paramref name="more"/> of the host's.</summary>
    public static IdentityBuilder AddChiSoIdentityCore(this IServiceCollection services, Action<IdentityOptions>? more = null) =>
        services.AddIdentityCore<ChiSoUser>(options =>
        {
            Apply(options);
            more?.Invoke(options);
        }).AddEntityFrameworkStores<ChiSoDbContext>();
}
