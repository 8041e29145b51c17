using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.People;

/// <summary>
/// Who a person may manage (docs/adr/0021-who-manages-whom.md): an administrator everyone; an organiser the units of
/// their Organiser memberships and every unit below them (all units for a system-wide organiser), and the people whose
/// memberships all lie there; nobody else anyone. Only an administrator gives system-wide roles, Administrator or Organiser.
/// </summary>
public sealed record ManagerScope(bool IsAdministrator, IReadOnlySet<int>? Units)
{
    public static readonly ManagerScope None = new(false, new HashSet<int>());

    /// <summary>True when the caller manages anyone at all.</summary>
    public bool ManagesAnyone => IsAdministrator || Units is null || Units.Count > 0;

    /// <summary>True for every unit (an administrator or a system-wide organiser).</summary>
    public bool AllUnits => IsAdministrator || Units is null;

    public bool Covers(int unitId) => AllUnits || Units!.Contains(unitId);

    /// <summary>Whether the caller may give (or take away) <paramref name="role"/> on <paramref name="unitId"/> (null: system-wide).</summary>
    public bool MayGive(Role role, int? unitId) =>
        IsAdministrator || (unitId is { } unit && role is not (Role.Administrator or Role.Organiser) && Covers(unit));

    /// <summary>Whether the caller may change, deactivate or re-invite a person holding <paramref name="memberships"/>.</summary>
    public bool Manages(IReadOnlyCollection<Membership> memberships) =>
        IsAdministrator || (ManagesAnyone && memberships.Count > 0 && memberships.All(m => MayGive(m.Role, m.UnitId)));

    /// <summary>Whether the caller sees a person holding <paramref name="memberships"/> in the list: one of them in scope is enough.</summary>
    public bool Sees(IReadOnlyCollection<Membership> memberships) =>
        IsAdministrator || (ManagesAnyone && memberships.Any(m => m.UnitId is { } unit && Covers(unit)));

    /// <summary>The caller's scope, from the memberships read for this request and the unit tree.</summary>
    public static async Task<ManagerScope> OfAsync(ClaimsPrincipal user, UnitAccess access, ChiSoDbContext db, CancellationToken cancellationToken = default)
    {
        var memberships = await access.MembershipsAsync(user, cancellationToken);
        if (AccessPolicies.IsAdministrator(memberships))
        {
            return new ManagerScope(true, null);
        }

        var organiser = memberships.Where(m => m.Role == Role.Organiser).ToList();
        if (organiser.Count == 0)
        {
            return None;
        }

        if (organiser.Any(m => m.UnitId is null))
        {
            return new ManagerScope(false, null);
        }

        var units = organiser.Select(m => m.UnitId!.Value).ToHashSet();
        var parents = units.ToList();
        while (parents.Count > 0)
        {
            var children = await db.Units.AsNoTracking().Where(u => u.ParentId != null && parents.Contains(u.ParentId.Value))
                .Select(u => u.Id).ToListAsync(cancellationToken);
            parents = [.. children.Where(units.Add)];
        }

        return new ManagerScope(false, units);
    }
}
