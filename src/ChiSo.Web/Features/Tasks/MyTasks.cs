using System.Security.Claims;
using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Results;

namespace ChiSo.Web.Features.Tasks;

public enum TaskStatus
{
    Empty,
    Partly,
    Complete,
}

/// <summary>One criterion to fill in for one unit: where, by when, how far along.</summary>
public sealed record TaskItem(
    int CampaignId, string CampaignName, int UnitId, string UnitName, string CriterionCode, string CriterionName,
    DateOnly? Due, bool Extended, bool Overdue, TaskStatus Status, int Filled, int Inputs);

/// <summary>
/// "My tasks": in every open campaign where one of the user's units takes part, the criteria its agency leads or
/// contributes to (matched on the unit's name); when no assignment names the unit, every criterion of its own
/// submission. Overdue tasks come first, then by due date.
/// </summary>
public sealed class MyTasks(ChiSoDbContext db, UnitAccess access, Submitting.SubmissionWindow window, ScoringPlans plans)
{
    public async Task<List<TaskItem>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        // Tasks are entries to make: the units the user reports for or heads (a leader follows units, enters none).
        var units = await access.EntryUnitIdsAsync(user, cancellationToken);
        var submissions = await (
                from s in db.Submissions.AsNoTracking()
                join c in db.Campaigns on s.CampaignId equals c.Id
                join u in db.Units on s.UnitId equals u.Id
                where units.Contains(s.UnitId) && c.Status == CampaignStatus.Open && s.Status == SubmissionStatus.Draft
                select new { s.Id, s.CampaignId, c.Name, s.UnitId, UnitName = u.Name, c.FrameworkEditionId, c.FrameworkEdition!.ContentHash, c.FrameworkEdition.FrameworkId })
            .ToListAsync(cancellationToken);
        var tasks = new List<TaskItem>();
        foreach (var s in submissions)
        {
            var plan = await plans.ForEditionAsync(db, s.FrameworkEditionId, s.ContentHash, s.FrameworkId, cancellationToken);
            var due = await window.StateAsync(s.CampaignId, s.UnitId, cancellationToken);
            var codes = await AssignedAsync(s.CampaignId, s.UnitName, cancellationToken);
            var filled = await db.InputValues.AsNoTracking().SelfAnswers()
                .Where(v => v.SubmissionId == s.Id)
                .GroupBy(v => v.CriterionCode).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            foreach (var node in plan.Leaves.Select(i => plan.Nodes[i]).Where(n => codes.Count == 0 || codes.Contains(n.Code)))
            {
                var count = filled.GetValueOrDefault(node.Code);
                var status = count == 0 ? TaskStatus.Empty : count >= node.Inputs.Length ? TaskStatus.Complete : TaskStatus.Partly;
                tasks.Add(new TaskItem(s.CampaignId, s.Name, s.UnitId, s.UnitName, node.Code, node.Name, due.Deadline, due.Extended,
                    !due.IsOpen && status != TaskStatus.Complete, status, count, node.Inputs.Length));
            }
        }

        return [.. tasks.OrderByDescending(t => t.Overdue).ThenBy(t => t.Due ?? DateOnly.MaxValue).ThenBy(t => t.CampaignName, StringComparer.Ordinal)];
    }

    private async Task<HashSet<string>> AssignedAsync(int campaignId, string unitName, CancellationToken cancellationToken)
    {
        var rows = await db.CriterionAssignments.AsNoTracking().Where(a => a.CampaignId == campaignId)
            .Select(a => new { a.CriterionCode, a.LeadAgency, a.ContributingAgencies }).ToListAsync(cancellationToken);
        return [.. rows.Where(a => Same(a.LeadAgency, unitName) || (a.ContributingAgencies ?? "").Split('\n').Any(c => Same(c, unitName))).Select(a => a.CriterionCode)];
    }

    private static bool Same(string agency, string unitName) => string.Equals(agency.Trim(), unitName.Trim(), StringComparison.OrdinalIgnoreCase);
}
