using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.People;

/// <summary>The caller's <see cref="ManagerScope"/>, worked out once per request.</summary>
public sealed class PeopleScopes(UnitAccess access, ChiSoDbContext db)
{
    private ManagerScope? _scope;

    public async Task<ManagerScope> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        _scope ??= await ManagerScope.OfAsync(user, access, db, cancellationToken);
}
