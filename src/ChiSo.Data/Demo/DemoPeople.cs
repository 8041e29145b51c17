using System.Text.Json;
using ChiSo.Data.Accounts;
using ChiSo.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Demo;

/// <summary>
/// The people who play the demo's review steps. Their addresses are the hosts' demo accounts (the web's
/// <c>DemoAccounts</c> lists them and gives them the published demo password); the seeder creates those it needs
/// without a password, with their membership and an audit event, because the steps name them.
/// </summary>
public static class DemoPeople
{
    public const string Organiser = "tochuc@demo.chiso.vn";

    public const string Reviewer = "thamdinh@demo.chiso.vn";

    public const string SecondReviewer = "thamdinh2@demo.chiso.vn";

    public const string Leader = "lanhdao@demo.chiso.vn";

    /// <summary>The head of Quảng Trị's Department of Information and Communications, who signs its answers to the DII and DTI 2023 round-1 results.</summary>
    public const string QuangTriHead = "thutruong.quangtri@demo.chiso.vn";

    /// <summary>Quảng Trị before 1/7/2025, the unit of <see cref="QuangTriHead"/>.</summary>
    public const string QuangTriCode = DemoDiiRound1.QuangTri;

    /// <summary>The user id of <paramref name="email"/>, created (no password, one membership, audited) when missing.</summary>
    internal static async Task<string> EnsureAsync(
        ChiSoDbContext db, AuditLog audit, string email, string name, Role role, int? unitId, CancellationToken cancellationToken)
    {
        var normalized = email.ToUpperInvariant();
        var id = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (id is not null)
        {
            return id;
        }

        var user = new ChiSoUser
        {
            UserName = email,
            NormalizedUserName = normalized,
            Email = email,
            NormalizedEmail = normalized,
            EmailConfirmed = true,
            DisplayName = name,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
        };
        db.Users.Add(user);
        db.Memberships.Add(new Membership { UserId = user.Id, Role = role, UnitId = unitId });
        await audit.AppendAsync(new AuditEntry(DemoSeeder.By, "User", user.Id, "create", null, JsonSerializer.Serialize(new
        {
            user.Email,
            Name = name,
            Role = role.ToString(),
            UnitId = unitId,
            PasswordSet = false,
        })), cancellationToken).ConfigureAwait(false);
        return user.Id;
    }
}
