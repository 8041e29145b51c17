using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Evidence;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Review;

/// <summary>A unit in the reviewer's list, with how far its review has come (criteria reviewed of those the viewer reviews).</summary>
public sealed record WorkspaceUnit(int UnitId, string Code, string Name, int? SubmissionId, SubmissionStatus? Status, int Reviewed, int Total);

/// <summary>How many criteria one reviewer has reviewed in the campaign (for organisers).</summary>
public sealed record ReviewerProgress(string Reviewer, int Reviewed);

/// <summary>The workspace's first page: the units the viewer may review (organisers: all) and the progress per reviewer.</summary>
public sealed record WorkspaceList(int CampaignId, string CampaignName, ReviewStage Stage, bool Organiser, IReadOnlyList<WorkspaceUnit> Units, IReadOnlyList<ReviewerProgress> Reviewers);

/// <summary>One unit's review: its criteria side by side, its evidence, and which criteria the viewer may set.</summary>
public sealed record WorkspaceUnitView(
    string CampaignName, string UnitCode, string UnitName, UnitReview Review, ILookup<string, EvidenceView> Evidence, IReadOnlySet<string> Editable)
{
    public bool MaySave(string criterion) => Review.Stage == ReviewStage.Round1Review && Review.Status != SubmissionStatus.Draft && Editable.Contains(criterion);
}

/// <summary>What the workspace answers: shown, or refused with a status and the reason.</summary>
public abstract record WorkspaceOutcome
{
    public sealed record Shown<T>(T View) : WorkspaceOutcome;

    public sealed record Refused(int Status, string Vi, string En) : WorkspaceOutcome;

    public static Refused NotFound { get; } = new(StatusCodes.Status404NotFound, "Không tìm thấy.", "Not found.");

    public static Refused Forbidden { get; } = new(StatusCodes.Status403Forbidden,
        "Chỉ thành viên Hội đồng thẩm định được phân công (và người tổ chức) được xem hồ sơ thẩm định của đơn vị này.",
        "Only the reviewers assigned (and organisers) may open this unit's review.");
}

/// <summary>
/// Reads the review workspace for a viewer: a reviewer sees the units their assignments cover (never their own unit),
/// organisers and administrators see every unit read-only. Reporters and heads are refused, whatever unit they name.
/// </summary>
public sealed class ReviewWorkspace(ChiSoDbContext db, ScoringPlans plans, UnitAccess access)
{
    public async Task<WorkspaceOutcome> ListAsync(int campaignId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Name, c.Stage }).SingleOrDefaultAsync(cancellationToken);
        if (campaign is null || await plans.ForCampaignAsync(db, campaignId, cancellationToken) is not { } plan)
        {
            return WorkspaceOutcome.NotFound;
        }

        var organiser = AccessPolicies.IsOrganiser(await access.MembershipsAsync(user, cancellationToken));
        var scope = await access.ReviewScopeAsync(user, campaignId, cancellationToken);
        if (!organiser && !scope.IsReviewer)
        {
            return WorkspaceOutcome.Forbidden;
        }

        var units = await (from cu in db.CampaignUnits.AsNoTracking()
                           where cu.CampaignId == campaignId
                           join s in db.Submissions.Where(s => s.CampaignId == campaignId) on cu.UnitId equals s.UnitId into subs
                           from s in subs.DefaultIfEmpty()
                           orderby cu.Unit!.Code
                           select new { cu.UnitId, cu.Unit!.Code, cu.Unit.Name, SubmissionId = (int?)s.Id, Status = (SubmissionStatus?)s.Status }).ToListAsync(cancellationToken);
        var reviewed = await db.CriterionScores.AsNoTracking()
            .Where(c => c.ReviewerPoints != null && db.Submissions.Any(s => s.Id == c.SubmissionId && s.CampaignId == campaignId))
            .Select(c => new { c.SubmissionId, c.CriterionCode, c.ReviewedBy }).ToListAsync(cancellationToken);
        var bySubmission = reviewed.ToLookup(r => r.SubmissionId);
        var rows = new List<WorkspaceUnit>();
        foreach (var u in units.Where(u => organiser || scope.CoversUnit(u.UnitId)))
        {
            // Organisers follow the whole review; a reviewer their own share of it.
            var mine = plan.Leaves.Select(l => plan.Nodes[l].Code).Where(code => organiser || scope.Covers(plan, u.UnitId, code)).ToHashSet(StringComparer.Ordinal);
            var done = u.SubmissionId is { } id ? bySubmission[id].Count(r => mine.Contains(r.CriterionCode)) : 0;
            rows.Add(new WorkspaceUnit(u.UnitId, u.Code, u.Name, u.SubmissionId, u.Status, done, mine.Count));
        }

        var reviewers = organiser
            ? reviewed.GroupBy(r => r.ReviewedBy ?? "?").Select(g => new ReviewerProgress(g.Key, g.Count())).OrderBy(r => r.Reviewer, StringComparer.Ordinal).ToList()
            : [];
        return new WorkspaceOutcome.Shown<WorkspaceList>(new WorkspaceList(campaignId, campaign.Name, campaign.Stage, organiser, rows, reviewers));
    }

    public async Task<WorkspaceOutcome> UnitAsync(int campaignId, int unitId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var head = await db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaignId && s.UnitId == unitId)
            .Select(s => new { s.Id, Campaign = db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Name).Single(), UnitCode = db.Units.Where(x => x.Id == unitId).Select(x => x.Code).Single(), UnitName = db.Units.Where(x => x.Id == unitId).Select(x => x.Name).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        var scope = await access.ReviewScopeAsync(user, campaignId, cancellationToken);
        if (!scope.CoversUnit(unitId) && !AccessPolicies.IsOrganiser(await access.MembershipsAsync(user, cancellationToken)))
        {
            return WorkspaceOutcome.Forbidden;
        }

        if (head is null || await UnitReview.LoadAsync(db, plans, head.Id, cancellationToken) is not { } review)
        {
            return WorkspaceOutcome.NotFound;
        }

        var evidence = (await db.Evidence.AsNoTracking().Where(e => e.SubmissionId == head.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken))
            .Select(EvidenceView.Of).ToLookup(e => e.Criterion, StringComparer.Ordinal);
        var editable = review.Criteria.Where(c => scope.Covers(review.Plan, unitId, c.Code)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return new WorkspaceOutcome.Shown<WorkspaceUnitView>(new WorkspaceUnitView(head.Campaign, head.UnitCode, head.UnitName, review, evidence, editable));
    }
}
