using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Accounts;

public static class RoleNames
{
    public static string Shown(Role role)
    {
        var name = RoleWords.Name(role);
        return L.T(name.Vi, name.En);
    }

    /// <summary>The role with its unit, or "toàn hệ thống" for a system-wide role.</summary>
    public static string Shown(Role role, string? unitName) =>
        $"{Shown(role)} · {unitName ?? L.T("toàn hệ thống", "system-wide")}";
}
