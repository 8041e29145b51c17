using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Accounts;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Review;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.ReviewProcess;

/// <summary>The moves of the review process (ADR 0024), as the API and the forms name them.</summary>
public enum StageMove
{
    OpenReview,
    PublishRound1,
    OpenRound2,
    CloseRound2,
    Approve,
    SendBack,
    Publish,
    Reopen,
}

/// <summary>
/// One stage of the process as the panel and the API show it: done, current or still to come, with the dates of its
/// window in the schedule (dd/MM/yyyy, as everywhere people read dates; null when the schedule has none).
/// </summary>
public sealed record StageStep(string Stage, string Name, string State, string? Opens, string? Closes);

/// <summary>A move the caller may make now: its path segment, its button text and whether it needs a reason.</summary>
public sealed record StageAction(string Move, string Label, bool NeedsReason);

/// <summary>Where a campaign stands in the review process, its schedule and what the caller may do now.</summary>
public sealed record StageView(int CampaignId, string Stage, string StageName, int Version, IReadOnlyList<StageStep> Steps, IReadOnlyList<StageAction> Actions);

/// <summary>A move's end: done, or the HTTP status and the sentence that says why not.</summary>
public sealed record MoveResult(int Status, string? Message)
{
    public bool Done => Status == StatusCodes.Status200OK;
}

/// <summary>
/// Who may make which move of <see cref="ReviewRounds"/> (organisers the process, the campaign's leaders the approval,
/// administrators the reopening), what a person may do now, and the move itself with its refusal in plain words.
/// </summary>
public sealed class StageMoves(
    ChiSoDbContext db, UnitAccess access, UserManager<ChiSoUser> users, ReviewRounds rounds, Microsoft.AspNetCore.OutputCaching.IOutputCacheStore? publicCache = null)
{
    /// <summary>
    /// The output-cache tag of every answer built from published results (the public pages and open data cache
    /// anonymous answers): publishing or reopening evicts it, so a new published result shows at once.
    /// </summary>
    public const string PublishedResultsTag = "published-results";

    /// <summary>The path segment of each move (…/stage/open-review).</summary>
    public static string Slug(StageMove move) => move switch
    {
        StageMove.OpenReview => "open-review",
        StageMove.PublishRound1 => "publish-round1",
        StageMove.OpenRound2 => "open-round2",
        StageMove.CloseRound2 => "close-round2",
        StageMove.Approve => "approve",
        StageMove.SendBack => "send-back",
        StageMove.Publish => "publish",
        StageMove.Reopen => "reopen",
        _ => throw new ArgumentOutOfRangeException(nameof(move)),
    };

    /// <summary>The stage a move starts from.</summary>
    public static ReviewStage From(StageMove move) => move switch
    {
        StageMove.OpenReview => ReviewStage.Collecting,
        StageMove.PublishRound1 => ReviewStage.Round1Review,
        StageMove.OpenRound2 => ReviewStage.Round1Out,
        StageMove.CloseRound2 => ReviewStage.Round2Review,
        StageMove.Approve or StageMove.SendBack => ReviewStage.Approval,
        StageMove.Publish => ReviewStage.Approved,
        StageMove.Reopen => ReviewStage.Published,
        _ => throw new ArgumentOutOfRangeException(nameof(move)),
    };

    /// <summary>The schedule's window of a stage (ADR 0024: the confirmation phase is when the round-1 result is out).</summary>
    public static PhaseKind? Window(ReviewStage stage) => stage switch
    {
        ReviewStage.Collecting => PhaseKind.SelfAssessment,
        ReviewStage.Round1Review => PhaseKind.Round1Review,
        ReviewStage.Round1Out => PhaseKind.Confirmation,
        ReviewStage.Round2Review => PhaseKind.Round2Review,
        ReviewStage.Approval => PhaseKind.Approval,
        ReviewStage.Published => PhaseKind.Publication,
        _ => null,
    };

    public static bool NeedsReason(StageMove move) => move is StageMove.SendBack or StageMove.Reopen;

    public static string Label(StageMove move) => move switch
    {
        StageMove.OpenReview => L.T("Mở thẩm định vòng 1", "Open the round-1 review"),
        StageMove.PublishRound1 => L.T("Gửi kết quả vòng 1 cho các đơn vị", "Send the round-1 result to the units"),
        StageMove.OpenRound2 => L.T("Mở thẩm định vòng 2", "Open round 2"),
        StageMove.CloseRound2 => L.T("Kết thúc vòng 2, trình lãnh đạo phê duyệt", "Close round 2 and submit it for approval"),
        StageMove.Approve => L.T("Phê duyệt kết quả", "Approve the result"),
        StageMove.SendBack => L.T("Trả lại để thẩm định lại", "Send back for another review"),
        StageMove.Publish => L.T("Công bố kết quả", "Publish the result"),
        StageMove.Reopen => L.T("Mở lại kết quả đã công bố", "Reopen the published result"),
        _ => move.ToString(),
    };

    public static string StageShown(ReviewStage stage)
    {
        var (vi, en) = ReviewRounds.StageName(stage);
        return L.T(vi, en);
    }

    /// <summary>True when the person holds the role the move needs (whatever the stage).</summary>
    public async Task<bool> MayAsync(ClaimsPrincipal user, int campaignId, StageMove move, CancellationToken cancellationToken = default)
    {
        var memberships = await access.MembershipsAsync(user, cancellationToken);
        return move switch
        {
            StageMove.Approve or StageMove.SendBack => users.GetUserId(user) is { } id && await CampaignLeaders.LeadsAsync(db, campaignId, id, cancellationToken),
            StageMove.Reopen => AccessPolicies.IsAdministrator(memberships),
            _ => AccessPolicies.IsOrganiser(memberships),
        };
    }

    /// <summary>The campaign's stage, schedule and the caller's moves; null when the caller may not see the campaign.</summary>
    public async Task<StageView?> ViewAsync(ClaimsPrincipal user, int campaignId, CancellationToken cancellationToken = default)
    {
        var campaign = await (await access.CampaignsAsync(user, cancellationToken)).Where(c => c.Id == campaignId)
            .Select(c => new { c.Stage, c.Version }).FirstOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var phases = await db.CampaignPhases.AsNoTracking().Where(p => p.CampaignId == campaignId).OrderBy(p => p.Kind).ToListAsync(cancellationToken);
        var actions = new List<StageAction>();
        foreach (var move in Enum.GetValues<StageMove>().Where(m => From(m) == campaign.Stage))
        {
            if (await MayAsync(user, campaignId, move, cancellationToken))
            {
                actions.Add(new StageAction(Slug(move), Label(move), NeedsReason(move)));
            }
        }

        return new StageView(
            campaignId, campaign.Stage.ToString(), StageShown(campaign.Stage), campaign.Version,
            [.. Enum.GetValues<ReviewStage>().Select(s =>
            {
                var phase = phases.FirstOrDefault(p => p.Kind == Window(s));
                return new StageStep(s.ToString(), StageShown(s), s < campaign.Stage ? "done" : s == campaign.Stage ? "current" : "next",
                    phase is null ? null : L.Date(phase.Opens), phase is null ? null : L.Date(phase.Closes));
            })],
            actions);
    }

    /// <summary>
    /// Makes the move for the caller: 403 when it is not theirs, 409 when the campaign moved since they saw
    /// <paramref name="version"/> (when given) or is not at the move's stage, 400 for a missing or too long reason.
    /// </summary>
    public async Task<MoveResult> MoveAsync(
        ClaimsPrincipal user, int campaignId, StageMove move, string? reason, int? version, CancellationToken cancellationToken = default)
    {
        var current = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return new(StatusCodes.Status404NotFound, L.T("Không tìm thấy kỳ đánh giá.", "Campaign not found."));
        }

        if (!await MayAsync(user, campaignId, move, cancellationToken))
        {
            return new(StatusCodes.Status403Forbidden, move switch
            {
                StageMove.Approve or StageMove.SendBack => L.T("Chỉ lãnh đạo phụ trách kỳ đánh giá này được phê duyệt hoặc trả lại kết quả.", "Only the leaders of this campaign approve or send back its result."),
                StageMove.Reopen => L.T("Chỉ quản trị hệ thống được mở lại kết quả đã công bố.", "Only administrators reopen a published result."),
                _ => L.T("Chỉ người tổ chức kỳ đánh giá được chuyển bước thẩm định.", "Only the campaign's organisers move its review."),
            });
        }

        if (version is { } seen && seen != current)
        {
            return new(StatusCodes.Status409Conflict, L.T(
                "Kỳ đánh giá đã được chuyển bước sau khi bạn mở trang. Hãy tải lại trang để xem bước hiện tại.",
                "The campaign moved on after you opened the page. Reload it to see where it stands."));
        }

        var actor = user.Identity?.Name ?? "?";
        var outcome = move switch
        {
            StageMove.OpenReview => await rounds.OpenReviewAsync(campaignId, actor, cancellationToken),
            StageMove.PublishRound1 => (await rounds.PublishRound1Async(campaignId, actor, cancellationToken)).Outcome,
            StageMove.OpenRound2 => await rounds.OpenRound2Async(campaignId, actor, cancellationToken),
            StageMove.CloseRound2 => (await rounds.CloseRound2Async(campaignId, actor, cancellationToken)).Outcome,
            StageMove.Approve => await rounds.ApproveAsync(campaignId, actor, cancellationToken),
            StageMove.SendBack => await rounds.SendBackAsync(campaignId, reason ?? "", actor, cancellationToken),
            StageMove.Publish => (await rounds.PublishAsync(campaignId, actor, cancellationToken)).Outcome,
            StageMove.Reopen => await rounds.ReopenAsync(campaignId, reason ?? "", actor, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(move)),
        };
        if (outcome.Kind == StepResult.Done && move is StageMove.Publish or StageMove.Reopen && publicCache is not null)
        {
            await publicCache.EvictByTagAsync(PublishedResultsTag, cancellationToken);
        }

        return new(outcome.Kind switch
        {
            StepResult.Done => StatusCodes.Status200OK,
            StepResult.Invalid => StatusCodes.Status400BadRequest,
            StepResult.Forbidden => StatusCodes.Status403Forbidden,
            StepResult.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        }, outcome.Message is { } m ? L.T(m.Vi, m.En) : null);
    }
}
