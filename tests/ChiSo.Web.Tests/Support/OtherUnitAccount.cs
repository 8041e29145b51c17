using ChiSo.Data;
using ChiSo.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Support;

/// <summary>
/// A reporter of another department (80.S07) of the same province: the "another unit" caller of the tests. (The
/// province's leader no longer serves: a leader follows every unit below their own.)
/// </summary>
public static class OtherUnitAccount
{
    public const string Email = "baocao.s07@kiemthu.chiso.vn";

    /// <summary>Creates the account once per app; returns its e-mail (the password is the demo one).</summary>
    public static async Task<string> EnsureAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ChiSoUser>>();
        if (await users.FindByEmailAsync(Email) is not null)
        {
            return Email;
        }

        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();
        var unit = await db.Units.SingleAsync(u => u.Code == "80.S07" && u.ValidTo == null);
        var user = new ChiSoUser { UserName = Email, Email = Email, DisplayName = "Cán bộ báo cáo (Sở Xây dựng)", EmailConfirmed = true };
        var created = await users.CreateAsync(user, Browser.Password);
        if (!created.Succeeded && await users.FindByEmailAsync(Email) is null)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        db.Memberships.Add(new Membership { UserId = user.Id, UnitId = unit.Id, Role = Role.UnitReporter });
        await db.SaveChangesAsync();
        return Email;
    }
}
