using ChiSo.Data.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// The roles as authorisation policies, put on endpoint groups (<c>RequireAuthorization(AccessPolicies.Organiser)</c>)
/// and pages (<c>[Authorize(Policy = AccessPolicies.Organiser)]</c>). A role is a system-wide membership, read from
/// the database on every request (<see cref="UnitAccess"/>), so that a role taken away counts at once. What a role
/// may do with one unit's data is not a policy but the one resource check, <see cref="UnitAccess"/>.
/// </summary>
public static class AccessPolicies
{
    public const string Administrator = "administrator";

    public const string Organiser = "organiser";

    /// <summary>Organisers send reminders; the same role, with its own reason when refused.</summary>
    public const string Reminder = "reminder";

    public const string ProgressFollower = "progress-follower";

    /// <summary>Adding and changing a province's own bodies and the comparison groups; where, is <c>UnitEditing</c>'s scope.</summary>
    public const string UnitEditor = "unit-editor";

    /// <summary>Managing people: administrators, and organisers within their scope (docs/adr/0021-who-manages-whom.md).</summary>
    public const string PeopleManager = "people-manager";

    /// <summary>Who may manage people: the same as who may edit units (each within its own scope).</summary>
    public static bool ManagesPeople(IEnumerable<Membership> memberships) => EditsUnits(memberships);

    /// <summary>Administrators, and organisers whether system-wide or of a province.</summary>
    public static bool EditsUnits(IEnumerable<Membership> memberships) =>
        memberships.Any(m => (m.UnitId is null && m.Role == Role.Administrator) || m.Role == Role.Organiser);

    public static bool IsAdministrator(IEnumerable<Membership> memberships) =>
        memberships.Any(m => m.UnitId is null && m.Role == Role.Administrator);

    public static bool IsOrganiser(IEnumerable<Membership> memberships) =>
        memberships.Any(m => m.UnitId is null && m.Role is Role.Organiser or Role.Administrator);

    /// <summary>Organisers see every unit's progress; a leader, read-only, the units they lead.</summary>
    public static bool FollowsProgress(IEnumerable<Membership> memberships)
    {
        var all = memberships.ToList();
        return IsOrganiser(all) || all.Any(m => m.Role is Role.Leader);
    }

    public static IServiceCollection AddAccessPolicies(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, MembershipHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusalWriter>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrator, p => p.RequireAuthenticatedUser().AddRequirements(new MembershipRequirement(
                IsAdministrator, "Chỉ quản trị hệ thống được quản lý tài khoản.", "Only administrators may manage accounts.")))
            .AddPolicy(Organiser, p => p.RequireAuthenticatedUser().AddRequirements(new MembershipRequirement(
                IsOrganiser, NotAnOrganiserVi, NotAnOrganiserEn)))
            .AddPolicy(Reminder, p => p.RequireAuthenticatedUser().AddRequirements(new MembershipRequirement(
                IsOrganiser, "Chỉ người tổ chức và quản trị hệ thống được gửi nhắc nhở.", "Only organisers and administrators send reminders.")))
            .AddPolicy(UnitEditor, p => p.RequireAuthenticatedUser().AddRequirements(new MembershipRequirement(
                EditsUnits, "Chỉ người tổ chức và quản trị hệ thống được thêm, sửa đơn vị và nhóm so sánh.", "Only organisers and administrators add and change units and comparison groups.")))
            .AddPolicy(PeopleManager, p => p.RequireAuthenticatedUser().AddRequirements(new MembershipRequirement(
                ManagesPeople, "Chỉ quản trị hệ thống và cán bộ tổ chức đánh giá được quản lý người dùng.", "Only administrators and organisers manage people.")))
            .AddPolicy(ProgressFollower, p => p.RequireAuthenticatedUser().AddRequirements(new MembershipRequirement(
                FollowsProgress, "Chỉ người tổ chức, quản trị hệ thống và lãnh đạo được theo dõi tiến độ.", "Only organisers, administrators and leaders follow the progress.")));
        return services;
    }

    public const string NotAnOrganiserVi = "Chỉ người tổ chức hoặc quản trị hệ thống được thiết lập kỳ đánh giá.";

    public const string NotAnOrganiserEn = "Only organisers and administrators can set up campaigns.";
}

/// <summary>A role: which memberships pass, and what a refused user is told (in both languages).</summary>
public sealed record MembershipRequirement(Func<IEnumerable<Membership>, bool> Allows, string RefusalVi, string RefusalEn) : IAuthorizationRequirement;

/// <summary>Checks a <see cref="MembershipRequirement"/> against the memberships <see cref="UnitAccess"/> read for this request.</summary>
public sealed class MembershipHandler(UnitAccess access) : AuthorizationHandler<MembershipRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, MembershipRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.User.Identity?.IsAuthenticated == true && requirement.Allows(await access.MembershipsAsync(context.User)))
        {
            context.Succeed(requirement);
        }
    }
}
