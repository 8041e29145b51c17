using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Accounts;

public static class RoleNames
{
    public static string Shown(Role role) => role switch
    {
        Role.Administrator => L.T("Quản trị hệ thống", "Administrator"),
        Role.Organiser => L.T("Cán bộ tổ chức đánh giá", "Organiser"),
        Role.UnitReporter => L.T("Cán bộ báo cáo", "Unit reporter"),
        Role.UnitHead => L.T("Thủ trưởng đơn vị", "Unit head"),
        Role.Reviewer => L.T("Thành viên Hội đồng thẩm định", "Reviewer"),
        Role.Leader => L.T("Lãnh đạo", "Leader"),
    };

    /// <summary>The role with its unit, or "toàn hệ thống" for a system-wide role.</summary>
    public static string Shown(Role role, string? unitName) =>
        $"{Shown(role)} · {unitName ?? L.T("toàn hệ thống", "system-wide")}";
}
