using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Demo;

/// <summary>One demo account; <c>UnitCode</c> is the unit of its membership, null for a system-wide role.</summary>
public sealed record DemoAccount(string Email, string NameVi, string NameEn, Role Role, string? UnitCode);

/// <summary>
/// One account per role, on Tây Ninh units of the demo campaigns: the reporter and the head work for the provincial
/// Department of Science and Technology (DTI of departments 2025, open), the leader for the province (DTI 2024); and
/// the people who played the demo's reviews (<see cref="DemoPeople"/>): two reviewers and Quảng Trị's head, who
/// objected to its DII 2023 round-1 result. The seeder creates those it needs without a password; they get it here.
/// </summary>
public sealed class DemoAccounts(ChiSoDbContext db, UserManager<ChiSoUser> users)
{
    /// <summary>Shown on the sign-in page in demo mode only; meets the password rules.</summary>
    public const string Password = PublishedPasswordValidator.DemoPassword;

    public const string DepartmentCode = Data.Demo.DemoUnitCodes.ScienceDepartment;

    public const string ProvinceCode = Data.Demo.DemoUnitCodes.Province;

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("quantri@demo.chiso.vn", "Quản trị hệ thống", "Administrator", Role.Administrator, null),
        new(DemoPeople.Organiser, "Cán bộ tổ chức đánh giá", "Organiser", Role.Organiser, null),
        new("baocao@demo.chiso.vn", "Cán bộ báo cáo (Sở KH&CN Tây Ninh)", "Unit reporter (Tây Ninh DoST)", Role.UnitReporter, DepartmentCode),
        new("thutruong@demo.chiso.vn", "Thủ trưởng đơn vị (Sở KH&CN Tây Ninh)", "Unit head (Tây Ninh DoST)", Role.UnitHead, DepartmentCode),
        new(DemoPeople.Reviewer, "Thành viên Hội đồng thẩm định", "Reviewer", Role.Reviewer, null),
        new(DemoPeople.SecondReviewer, "Thành viên Hội đồng thẩm định (nhóm hạ tầng)", "Reviewer (infrastructure group)", Role.Reviewer, null),
        new(DemoPeople.Leader, "Lãnh đạo UBND tỉnh Tây Ninh", "Leader (Tây Ninh)", Role.Leader, ProvinceCode),
        new(DemoPeople.QuangTriHead, "Giám đốc Sở Thông tin và Truyền thông tỉnh Quảng Trị", "Unit head (Quảng Trị DIC, DII 2023)", Role.UnitHead, DemoPeople.QuangTriCode),
    ];

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        foreach (var account in All)
        {
            if (await users.FindByEmailAsync(account.Email) is { } existing)
            {
                if (existing.PasswordHash is null && !(await users.AddPasswordAsync(existing, Password)).Succeeded)
                {
                    throw new InvalidOperationException($"Demo account {account.Email}: its password could not be set.");
                }

                continue;
            }

            var user = new ChiSoUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.NameVi };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.Email}: {created.Errors.First().Description}");
            }

            db.Memberships.Add(new Membership { UserId = user.Id, Role = account.Role, UnitId = await UnitIdAsync(account.UnitCode, cancellationToken) });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<int?> UnitIdAsync(string? code, CancellationToken cancellationToken) =>
        code is null ? null
        // The current unit with the code, else the last one that had it (Quảng Trị 45 before 1/7/2025).
        : await db.Units.Where(u => u.Code == code && u.Level != UnitLevel.Commune).OrderBy(u => u.ValidTo == null ? 0 : 1).ThenByDescending(u => u.ValidTo)
            .Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken)
          ?? throw new InvalidOperationException($"Demo unit {code} is not in the database.");
}
