using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Cli.Commands;

/// <summary>
/// Identity as the web app has it (<see cref="IdentityRules"/>: the same password rules and hasher), on the chosen
/// database, so that a password set here signs in there. The published demo password is always refused here.
/// </summary>
internal static class UsersServices
{
    public static ServiceProvider Build(DatabaseOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<ChiSoDbContext>(builder => ChiSoDatabase.Configure(builder, options));
        services.AddChiSoIdentityCore();
        services.AddScoped<IPasswordValidator<ChiSoUser>>(_ => new PublishedPasswordValidator(refuse: true));
        services.AddScoped<AuditLog>();
        services.AddScoped<AccountCreation>();
        services.AddScoped<AccountTickets>();
        services.AddScoped<AccountDeactivation>();
        return services.BuildServiceProvider();
    }
}
