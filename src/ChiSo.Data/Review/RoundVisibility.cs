using ChiSo.Data.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// When a unit may see its own round result (ADR 0024): round 1 once the campaign is past Round1Review and the
/// confirmation phase has opened (from its first day; at once when the schedule has no such phase); round 2 once the
/// round-2 result exists (the campaign at Approval or later). A published snapshot is everyone's, also after a
/// reopening (it stays readable until a new publication supersedes it). Organisers and the
/// campaign's reviewers see every unit's results whatever the date; that is the caller's check.
/// </summary>
public static class RoundVisibility
{
    /// <summary>The first day units see their round-1 result; null when the schedule has no confirmation phase.</summary>
    public static Task<DateOnly?> Round1OpensAsync(ChiSoDbContext db, int campaignId, CancellationToken cancellationToken = default) =>
        db.CampaignPhases.AsNoTracking().Where(p => p.CampaignId == campaignId && p.Kind == PhaseKind.Confirmation)
            .Select(p => (DateOnly?)p.Opens).FirstOrDefaultAsync(cancellationToken);

    /// <summary>True when a unit of the campaign may see its own result of <paramref name="round"/> on <paramref name="today"/> (Vietnam's date).</summary>
    public static bool UnitSees(ReviewStage stage, int round, DateOnly? round1Opens, DateOnly today) => round switch
    {
        1 => stage >= ReviewStage.Round1Out && (round1Opens is null || today >= round1Opens.Value),
        2 => stage >= ReviewStage.Approval,
        _ => false,
    };
}
