using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Review;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace ChiSo.Web.Features.Objections;

/// <summary>How a person sees a unit's round result: not at all, as the unit (from the date <see cref="RoundVisibility"/> names), or as staff (always).</summary>
public enum RoundSight
{
    None,

    /// <summary>The unit's own people (and a leader above it): the result once the unit may see it.</summary>
    Unit,

    /// <summary>Organisers, administrators and the campaign's reviewers: every unit's result, whatever the date.</summary>
    Staff,
}

/// <summary>
/// Who sees a unit's round-1 result and objections, and who may answer for the unit (ADR 0024): organisers and the
/// campaign's reviewers (those with an assignment in it) always; the unit's own people from the confirmation phase's
/// first day; nobody else. Writing objections is the unit's reporter's or head's; signing the head's alone
/// (<see cref="UnitAccess"/>). One check for the pages and the API.
/// </summary>
public sealed class RoundAccess(ChiSoDbContext db, UnitAccess access, UserManager<ChiSoUser> users)
{
    private readonly Dictionary<int, ReviewerScope> _scopes = [];

    public async Task<RoundSight> SightAsync(ClaimsPrincipal user, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        if (AccessPolicies.IsOrganiser(await access.MembershipsAsync(user, cancellationToken)) || (await ScopeAsync(user, campaignId, cancellationToken))?.IsReviewer == true)
        {
            return RoundSight.Staff;
        }

        return (await access.UnitIdsAsync(user, cancellationToken)).Contains(unitId) ? RoundSight.Unit : RoundSight.None;
    }

    /// <summary>The person's reviewer assignments in the campaign, read once per request; null when not signed in.</summary>
    public async Task<ReviewerScope?> ScopeAsync(ClaimsPrincipal user, int campaignId, CancellationToken cancellationToken = default)
    {
        if (users.GetUserId(user) is not { } id)
        {
            return null;
        }

        if (!_scopes.TryGetValue(campaignId, out var scope))
        {
            scope = await ReviewerScope.ForAsync(db, id, campaignId, cancellationToken);
            _scopes[campaignId] = scope;
        }

        return scope;
    }

    /// <summary>True for the campaign's staff: organisers, administrators, its reviewers and anyone holding the reviewer role.</summary>
    public async Task<bool> ListsObjectionsAsync(ClaimsPrincipal user, int campaignId, CancellationToken cancellationToken = default)
    {
        var memberships = await access.MembershipsAsync(user, cancellationToken);
        return AccessPolicies.IsOrganiser(memberships) || memberships.Any(m => m.Role == Role.Reviewer)
            || (await ScopeAsync(user, campaignId, cancellationToken))?.IsReviewer == true;
    }

    /// <summary>The unit's reporter or head writes its objections.</summary>
    public Task<bool> WritesForAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default) => access.CanEnterAsync(user, unitId, cancellationToken);

    /// <summary>The unit's head alone signs its confirmation or objection letter.</summary>
    public Task<bool> SignsForAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default) => access.IsHeadAsync(user, unitId, cancellationToken);

    public string? UserId(ClaimsPrincipal user) => users.GetUserId(user);
}
