using System.Security.Claims;
using ChiSo.Data.Accounts;
using ChiSo.Web.Features.Accounts;

namespace ChiSo.Web.Features.Admin;

/// <summary>Managing accounts is for system-wide administrators only (not organisers).</summary>
public static class AdminAccess
{
    public static async Task<bool> IsAdministratorAsync(this UnitAccess access, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        return (await access.MembershipsAsync(user, cancellationToken)).Any(m => m.UnitId is null && m.Role == Role.Administrator);
    }
}
