using System.Security.Claims;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Progress;

/// <summary>What a campaign's progress board gives one follower of progress (the policy has let them in).</summary>
public abstract record BoardOutcome
{
    /// <summary>The board with the units the user may see; <see cref="CanRemind"/> for organisers.</summary>
    public sealed record Shown(ProgressBoard Board, bool CanRemind) : BoardOutcome;

    /// <summary>No such campaign, or one the user does not see.</summary>
    public sealed record NotFound : BoardOutcome;
}

/// <summary>The board for the page and the API alike: organisers see every unit, a leader the units they lead.</summary>
public sealed class BoardViewing(UnitAccess access, ProgressBoards boards)
{
    public async Task<BoardOutcome> ForAsync(int campaignId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var visible = await (await access.CampaignsAsync(user, cancellationToken)).AnyAsync(c => c.Id == campaignId, cancellationToken);
        var board = visible ? await boards.LoadAsync(campaignId, await access.BoardUnitsAsync(user, cancellationToken), cancellationToken) : null;
        return board is null
            ? new BoardOutcome.NotFound()
            : new BoardOutcome.Shown(board, AccessPolicies.IsOrganiser(await access.MembershipsAsync(user, cancellationToken)));
    }
}
