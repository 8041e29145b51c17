using System.Security.Claims;
using ChiSo.Web.Features.Shared;

namespace ChiSo.Web.Features.Results;

/// <summary>
/// Where a signed-in reader may follow a unit's points to their inputs and evidence: the unit's entry page (those who
/// see the unit, UnitAccess) and its review workspace (organisers, and reviewers whose assignment covers it). The
/// anchors are the criterion cards' ids on both pages.
/// </summary>
public sealed record UnitProfileTraces(string? EntryPath, string? ReviewPath)
{
    public static UnitProfileTraces None { get; } = new(null, null);

    public bool Any => EntryPath is not null || ReviewPath is not null;

    public static string Anchor(string criterion) => "#c-" + HtmlIds.Of(criterion);

    public static async Task<UnitProfileTraces> ForAsync(UnitAccess access, ClaimsPrincipal user, int campaignId, int? unitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(user);
        if (unitId is not { } id || user.Identity?.IsAuthenticated != true)
        {
            return None;
        }

        var entry = await access.CanSeeUnitAsync(user, id, cancellationToken) ? $"/campaigns/{campaignId}/units/{id}" : null;
        var reviews = AccessPolicies.IsOrganiser(await access.MembershipsAsync(user, cancellationToken))
            || (await access.ReviewScopeAsync(user, campaignId, cancellationToken)).CoversUnit(id);
        return new UnitProfileTraces(entry, reviews ? $"/campaigns/{campaignId}/review/units/{id}" : null);
    }
}
