using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Sql;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// The one resource check: who may see and change what, by unit (ARCHITECTURE §7). A membership on a unit shows that
/// unit's campaigns and data; system-wide administrators, organisers and reviewers see every campaign; only the unit's
/// reporter or head may enter its values, and only its head signs off. Roles alone are policies
/// (<see cref="AccessPolicies"/>), which read their memberships here too. Used by pages and endpoints alike;
/// memberships are read once per request.
/// </summary>
public sealed class UnitAccess(ChiSoDbContext db, UserManager<ChiSoUser> users)
{
    // Compiled once (per model): nearly every request asks.
    private static readonly CompiledQuery<Func<ChiSoDbContext, string, IAsyncEnumerable<Membership>>> MembershipsQuery =
        new(() => EF.CompileAsyncQuery((ChiSoDbContext db, string id) => db.Memberships.AsNoTracking().Where(m => m.UserId == id)));

    private List<Membership>? _memberships;
    private HashSet<int>? _units;
    private (int CampaignId, Data.Review.ReviewerScope Scope)? _scope;

    public async Task<IReadOnlyList<Membership>> MembershipsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (_memberships is null)
        {
            var id = users.GetUserId(user);
            _memberships = id is null ? [] : await MembershipsQuery.For(db)(db, id).ToListAsync(cancellationToken);
        }

        return _memberships;
    }

    /// <summary>True when the user sees every campaign and unit.</summary>
    public async Task<bool> SeesAllAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await MembershipsAsync(user, cancellationToken)).Any(m => m.UnitId is null && m.Role is Role.Administrator or Role.Organiser or Role.Reviewer);

    /// <summary>
    /// The units the user sees (empty when the user sees all: check <see cref="SeesAllAsync"/> first): those of their
    /// memberships and, for a leader, every unit below theirs (a province's leader follows its departments and communes).
    /// </summary>
    public async Task<HashSet<int>> UnitIdsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (_units is null)
        {
            var memberships = await MembershipsAsync(user, cancellationToken);
            _units = [.. memberships.Where(m => m.UnitId is not null).Select(m => m.UnitId!.Value)];
            var parents = memberships.Where(m => m.Role is Role.Leader && m.UnitId is not null).Select(m => m.UnitId!.Value).ToList();
            while (parents.Count > 0)
            {
                var children = await db.Units.AsNoTracking().Where(u => u.ParentId != null && parents.Contains(u.ParentId.Value))
                    .Select(u => u.Id).ToListAsync(cancellationToken);
                parents = [.. children.Where(_units.Add)];
            }
        }

        return _units;
    }

    /// <summary>The campaigns the user may open; filter and order it, then project it with the campaign list's row.</summary>
    public async Task<IQueryable<Data.Campaigns.Campaign>> CampaignsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var all = db.Campaigns.AsNoTracking();
        if (!await SeesAllAsync(user, cancellationToken))
        {
            var units = await UnitIdsAsync(user, cancellationToken);
            all = all.Where(c => db.CampaignUnits.Any(cu => cu.CampaignId == c.Id && units.Contains(cu.UnitId)));
        }

        return all;
    }

    public async Task<bool> CanSeeUnitAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default) =>
        await SeesAllAsync(user, cancellationToken) || (await UnitIdsAsync(user, cancellationToken)).Contains(unitId);

    /// <summary>
    /// The user's review scope in a campaign (ADR 0024: assigned units and criteria, never their own unit), read once
    /// per request and campaign. Reviewers see the submissions and evidence of the units it covers, read-only.
    /// </summary>
    public async Task<Data.Review.ReviewerScope> ReviewScopeAsync(ClaimsPrincipal user, int campaignId, CancellationToken cancellationToken = default)
    {
        if (_scope is not { } cached || cached.CampaignId != campaignId)
        {
            var scope = await Data.Review.ReviewerScope.ForAsync(db, users.GetUserId(user) ?? "", campaignId, cancellationToken);
            _scope = cached = (campaignId, scope);
        }

        return cached.Scope;
    }

    /// <summary>True when the user sees the unit (<see cref="CanSeeUnitAsync"/>) or reviews it in this campaign.</summary>
    public async Task<bool> CanSeeForReviewAsync(ClaimsPrincipal user, int campaignId, int unitId, CancellationToken cancellationToken = default) =>
        await CanSeeUnitAsync(user, unitId, cancellationToken) || (await ReviewScopeAsync(user, campaignId, cancellationToken)).CoversUnit(unitId);

    /// <summary>Entering values is the unit's own job: its reporter or head.</summary>
    public async Task<bool> CanEnterAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default) =>
        (await EntryUnitIdsAsync(user, cancellationToken)).Contains(unitId);

    /// <summary>Signing off a unit's submission is its head's job alone.</summary>
    public async Task<bool> IsHeadAsync(ClaimsPrincipal user, int unitId, CancellationToken cancellationToken = default) =>
        (await MembershipsAsync(user, cancellationToken)).Any(m => m.UnitId == unitId && m.Role == Role.UnitHead);

    /// <summary>The units the user may see on a progress board; null means all of them (organisers).</summary>
    public async Task<HashSet<int>?> BoardUnitsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        AccessPolicies.IsOrganiser(await MembershipsAsync(user, cancellationToken)) ? null : await UnitIdsAsync(user, cancellationToken);

    /// <summary>The units whose values the user enters: those they report for or head.</summary>
    public async Task<HashSet<int>> EntryUnitIdsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        [.. (await MembershipsAsync(user, cancellationToken)).Where(m => m.UnitId is not null && m.Role is Role.UnitReporter or Role.UnitHead).Select(m => m.UnitId!.Value)];
}
