using ChiSo.Engine;

namespace ChiSo.Data.Accounts;

/// <summary>Roles in plain words (shown to people) and as the CLI and sheets write them (administrator, unit-reporter…).</summary>
public static class RoleWords
{
    public static Bilingual Name(Role role) => role switch
    {
        Role.Administrator => ("Quản trị hệ thống", "Administrator"),
        Role.Organiser => ("Cán bộ tổ chức đánh giá", "Organiser"),
        Role.UnitReporter => ("Cán bộ báo cáo", "Unit reporter"),
        Role.UnitHead => ("Thủ trưởng đơn vị", "Unit head"),
        Role.Reviewer => ("Thành viên Hội đồng thẩm định", "Reviewer"),
        Role.Leader => ("Lãnh đạo", "Leader"),
    };

    public static string Slug(Role role) => role switch
    {
        Role.Administrator => "administrator",
        Role.Organiser => "organiser",
        Role.UnitReporter => "unit-reporter",
        Role.UnitHead => "unit-head",
        Role.Reviewer => "reviewer",
        Role.Leader => "leader",
    };

    public static IReadOnlyList<string> Slugs { get; } = [.. Enum.GetValues<Role>().Select(Slug)];

    /// <summary>The role a slug names (case and surrounding spaces ignored), or null.</summary>
    public static Role? Parse(string? slug) =>
        Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => string.Equals(Slug(r!.Value), slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the role is held for one unit (required), system-wide only, or either.</summary>
    public static RoleScope Scope(Role role) => role switch
    {
        Role.Administrator => RoleScope.SystemWide,
        Role.Organiser or Role.Reviewer => RoleScope.Either,
        Role.UnitReporter or Role.UnitHead or Role.Leader => RoleScope.Unit,
    };
}

public enum RoleScope
{
    SystemWide,
    Unit,
    Either,
}
