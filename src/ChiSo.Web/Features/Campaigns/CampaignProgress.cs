using ChiSo.Data;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Results;

namespace ChiSo.Web.Features.Campaigns;

/// <summary>A unit of a campaign with how much of its self-assessment is filled in.</summary>
public sealed record UnitProgress(int UnitId, string Code, string Name, string? Group, SubmissionStatus? Status, int Filled, int Inputs)
{
    public double Percent => Inputs == 0 ? 0 : 100.0 * Math.Min(Filled, Inputs) / Inputs;
}

public sealed record CampaignDetails(CampaignRow Campaign, IReadOnlyList<UnitProgress> Units);

/// <summary>Reads a campaign's units and their progress; <c>visibleUnits</c> null means all units.</summary>
public sealed class CampaignProgress(ChiSoDbContext db)
{
    public async Task<IReadOnlyList<UnitProgress>> UnitsAsync(int campaignId, HashSet<int>? visibleUnits, CancellationToken cancellationToken = default)
    {
        var plan = await ScoringPlans.ForCampaignAsync(db, campaignId, cancellationToken)
            ?? throw new InvalidOperationException($"Campaign {campaignId} does not exist.");
        var inputs = plan.Leaves.Sum(l => plan.Nodes[l].Inputs.Length);

        var units = db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == campaignId);
        if (visibleUnits is not null)
        {
            units = units.Where(cu => visibleUnits.Contains(cu.UnitId));
        }

        var rows = await units
            .Select(cu => new
            {
                cu.UnitId,
                cu.Unit!.Code,
                cu.Unit.Name,
                cu.GroupCode,
                Submission = db.Submissions.Where(s => s.CampaignId == campaignId && s.UnitId == cu.UnitId).Select(s => new { s.Id, s.Status }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var filled = await (
                from v in db.InputValues.AsNoTracking().SelfAnswers()
                join s in db.Submissions on v.SubmissionId equals s.Id
                where s.CampaignId == campaignId
                group v by s.UnitId into g
                select new { UnitId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UnitId, x => x.Count, cancellationToken);

        return [.. rows
            .Select(r => new UnitProgress(r.UnitId, r.Code, r.Name, r.GroupCode, r.Submission?.Status, filled.GetValueOrDefault(r.UnitId), inputs))
            .OrderBy(r => r.Code, StringComparer.Ordinal)];
    }
}
