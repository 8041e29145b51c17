using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Accounts;

public static class RoleNames
{
    public static string Shown(Role role) => L.T(Words(role).Vi, Words(role).En);

    /// <summary>The role's name in both languages: what pages show and what a people sheet may say.</summary>
    public static Engine.Bilingual Words(Role role) => role switch
    {
        Role.Administrator => new("Quản trị hệ thống", "Administrator"),
        Role.Organiser => new("Cán bộ tổ chức đánh giá", "Organiser"),
        Role.UnitReporter => new("Cán bộ báo cáo", "Unit reporter"),
        Role.UnitHead => new("Thủ trưởng đơn vị", "Unit head"),
        Role.Reviewer => new("Thành viên Hội đồng thẩm định", "Reviewer"),
        Role.Leader => new("Lãnh đạo", "Leader"),
    };

    /// <summary>The role with its unit, or "toàn hệ thống" for a system-wide role.</summary>
    public static string Shown(Role role, string? unitName) =>
        $"{Shown(role)} · {unitName ?? L.T("toàn hệ thống", "system-wide")}";
}
