using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Units;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.UnitCatalogue;

/// <summary>
/// Where the caller may add and change a province's own bodies and set group members: administrators and system-wide
/// organisers everywhere (a system-wide organiser already sets up every campaign over every unit); an organiser whose
/// membership names a province, under that province; everyone else nowhere. Memberships on units that are not a
/// province give no scope. Read once per request, from <see cref="UnitAccess"/>'s memberships.
/// </summary>
public sealed class UnitEditing(UnitAccess access, ChiSoDbContext db)
{
    private UnitScope? _scope;

    public async Task<UnitScope> ScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var memberships = await access.MembershipsAsync(user, cancellationToken);
        if (AccessPolicies.IsOrganiser(memberships))
        {
            return _scope = UnitScope.Everywhere;
        }

        var ids = memberships.Where(m => m.Role == Role.Organiser && m.UnitId is not null).Select(m => m.UnitId!.Value).ToList();
        var provinces = ids.Count == 0 ? [] : await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Level == UnitLevel.Province)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        return _scope = provinces.Count == 0 ? UnitScope.Nowhere : new UnitScope(false, provinces.ToHashSet());
    }

    /// <summary>True when the unit is a body under one of the caller's provinces.</summary>
    public async Task<bool> MayEditAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(user, cancellationToken);
        if (scope.IsEmpty || !await db.Units.AnyAsync(u => u.Id == unitId && u.Level == UnitLevel.Department, cancellationToken))
        {
            return false;
        }

        return scope.All || scope.Allows((await UnitBodies.ProvincesOfAsync(db, [unitId], cancellationToken))[unitId]);
    }

    /// <summary>The people of a unit are shown to those who manage units or see the unit's data.</summary>
    public async Task<bool> SeesPeopleAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default) =>
        AccessPolicies.EditsUnits(await access.MembershipsAsync(user, cancellationToken)) || await access.CanSeeUnitAsync(user, unitId, cancellationToken);
}
