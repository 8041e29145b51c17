using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Results;

namespace ChiSo.Web.Features.Progress;

/// <summary>Builds a campaign's progress board from the framework (what is asked) and the stored self-assessment values.</summary>
public sealed class ProgressBoards(ChiSoDbContext db, TimeProvider clock, ScoringPlans plans)
{
    /// <summary>Null when the campaign does not exist; <paramref name="visibleUnits"/> null means every unit.</summary>
    public async Task<ProgressBoard?> LoadAsync(int campaignId, HashSet<int>? visibleUnits, CancellationToken cancellationToken = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.Name, c.FrameworkEditionId, c.FrameworkEdition!.ContentHash, c.FrameworkEdition.FrameworkId })
            .SingleOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var plan = await plans.ForEditionAsync(db, campaign.FrameworkEditionId, campaign.ContentHash, campaign.FrameworkId, cancellationToken);
        var asked = plan.Leaves.Select(l => plan.Nodes[l]).Where(n => n.Inputs.Length > 0)
            .Select(n => (n.Code, n.Name, Inputs: n.Inputs.Select(i => i.Id).ToHashSet(StringComparer.Ordinal))).ToList();
        var askedCount = asked.Sum(c => c.Inputs.Count);

        var units = await UnitsAsync(campaignId, visibleUnits, cancellationToken);
        var answers = await AnswersAsync(campaignId, cancellationToken);
        var deadline = await db.CampaignPhases.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && p.Kind == PhaseKind.SelfAssessment).Select(p => (DateOnly?)p.Closes).FirstOrDefaultAsync(cancellationToken);
        var extensions = await db.DeadlineExtensions.AsNoTracking()
            .Where(e => e.CampaignId == campaignId && e.Phase == PhaseKind.SelfAssessment)
            .GroupBy(e => e.UnitId).Select(g => new { UnitId = g.Key, Until = g.Max(e => e.NewDeadline) })
            .ToDictionaryAsync(e => e.UnitId, e => e.Until, cancellationToken);
        var today = Data.VietnamTime.Today(clock);

        var rows = new List<UnitProgressRow>(units.Count);
        var criterionCounts = new int[asked.Count];
        foreach (var unit in units)
        {
            var given = answers.GetValueOrDefault(unit.UnitId) ?? [];
            var answered = 0;
            for (var i = 0; i < asked.Count; i++)
            {
                var filled = asked[i].Inputs.Count(id => given.Contains((asked[i].Code, id)));
                answered += filled;
                criterionCounts[i] += filled == asked[i].Inputs.Count ? 1 : 0;
            }

            var due = Deadline.Of(deadline, extensions.TryGetValue(unit.UnitId, out var until) ? until : null);
            var submitted = unit.Status is { } s && s != SubmissionStatus.Draft;
            rows.Add(new UnitProgressRow(unit.UnitId, unit.Code, unit.Name, unit.Status, answered, askedCount, due.Due, due.Extended, !submitted && due.IsPast(today)));
        }

        var criteria = asked.Select((c, i) => new CriterionProgressRow(c.Code, c.Name, criterionCounts[i], units.Count)).ToList();
        return new ProgressBoard(campaignId, campaign.Name, deadline, today, rows, criteria);
    }

    private sealed record UnitInfo(int UnitId, string Code, string Name, SubmissionStatus? Status);

    private async Task<List<UnitInfo>> UnitsAsync(int campaignId, HashSet<int>? visibleUnits, CancellationToken cancellationToken)
    {
        var units = db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == campaignId);
        if (visibleUnits is not null)
        {
            units = units.Where(cu => visibleUnits.Contains(cu.UnitId));
        }

        var list = await units.Select(cu => new UnitInfo(cu.UnitId, cu.Unit!.Code, cu.Unit.Name,
                db.Submissions.Where(s => s.CampaignId == campaignId && s.UnitId == cu.UnitId).Select(s => (SubmissionStatus?)s.Status).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return [.. list.OrderBy(u => u.Code, StringComparer.Ordinal)];
    }

    /// <summary>The (criterion, input) pairs each unit has a self-assessment value for.</summary>
    private async Task<Dictionary<int, HashSet<(string, string)>>> AnswersAsync(int campaignId, CancellationToken cancellationToken)
    {
        var values = await (
                from v in db.InputValues.AsNoTracking().SelfAnswers()
                join s in db.Submissions on v.SubmissionId equals s.Id
                where s.CampaignId == campaignId
                select new { s.UnitId, v.CriterionCode, v.InputId })
            .ToListAsync(cancellationToken);
        return values.GroupBy(v => v.UnitId)
            .ToDictionary(g => g.Key, g => g.Select(v => (v.CriterionCode, v.InputId)).ToHashSet());
    }
}
