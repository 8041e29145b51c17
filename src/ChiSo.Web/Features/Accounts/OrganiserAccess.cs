using System.Security.Claims;
using ChiSo.Data.Accounts;

namespace ChiSo.Web.Features.Accounts;

/// <summary>Setting up campaigns is the organisers' job: a system-wide Organiser or Administrator membership.</summary>
public static class OrganiserAccess
{
    public static async Task<bool> IsOrganiserAsync(this UnitAccess access, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        return (await access.MembershipsAsync(user, cancellationToken)).Any(m => m.UnitId is null && m.Role is Role.Organiser or Role.Administrator);
    }
}
