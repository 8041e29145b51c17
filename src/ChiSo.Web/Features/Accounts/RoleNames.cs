using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Accounts;

public static class RoleNames
{
    public static string Shown(Role role) => L.T(Words(role).Vi, Words(role).En);

    /// <summary>The role's name in both languages: what pages show and what a people sheet may say (one list, in Data).</summary>
    public static Engine.Bilingual Words(Role role) => RoleWords.Name(role);

    /// <summary>The role with its unit, or "toàn hệ thống" for a system-wide role.</summary>
    public static string Shown(Role role, string? unitName) =>
        $"{Shown(role)} · {unitName ?? L.T("toàn hệ thống", "system-wide")}";
}
