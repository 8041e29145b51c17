using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Submissions;
using ChiSo.Engine.Scoring;
using ChiSo.Data.Sql;

namespace ChiSo.Data.Demo;

/// <summary>
/// Writes one demo campaign as its units left it after collection: schedule, units, assignments, an extension,
/// submissions and their self-assessed values (in bulk). Reviews, objections and results are played afterwards
/// through the review steps (<see cref="DemoReviewPlay"/>).
/// </summary>
internal sealed class DemoCampaignWriter(
    ChiSoDbContext db, TimeProvider clock, DemoCampaignSpec spec, FrameworkEdition edition, ScoringPlan plan, List<DemoMember> members)
{
    private readonly Campaign _campaign = new() { Name = spec.Name, Year = spec.Year, Status = spec.Status, IsDemo = true };

    public int Id => _campaign.Id;

    /// <summary>The submissions written, in unit code order.</summary>
    public List<DemoSubmission> Submissions { get; } = [];

    /// <summary>Writes the campaign; returns the number of input values written.</summary>
    public async Task<int> WriteAsync(int seed, CancellationToken cancellationToken)
    {
        _campaign.FrameworkEditionId = edition.Id;
        _campaign.Phases.AddRange(DemoSchedule.Phases(spec, clock));
        _campaign.Units.AddRange(members.Select(m => new CampaignUnit { UnitId = m.Id, GroupCode = GroupOf(m) }));
        db.Campaigns.Add(_campaign);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await DemoGroups.RegisterAsync(db, plan.Framework.Groups, _campaign.Units.Select(u => (u.UnitId, u.GroupCode)), cancellationToken).ConfigureAwait(false);

        db.CriterionAssignments.AddRange(plan.Leaves.Select(leaf => new CriterionAssignment
        {
            CampaignId = _campaign.Id,
            CriterionCode = plan.Nodes[leaf].Code,
            LeadAgency = LeadOf(leaf),
            ContributingAgencies = "Văn phòng Ủy ban nhân dân tỉnh",
        }));
        if (spec.Status is not CampaignStatus.Draft)
        {
            db.DeadlineExtensions.Add(DemoSchedule.Extension(_campaign.Id, members[members.Count / 2].Id, spec, clock));
        }

        var written = spec.Status is CampaignStatus.Draft ? 0 : await WriteSubmissionsAsync(seed, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    private async Task<int> WriteSubmissionsAsync(int seed, CancellationToken cancellationToken)
    {
        var submissions = members.Select((m, i) => new Submission { CampaignId = _campaign.Id, UnitId = m.Id, Status = StatusOf(i) }).ToList();
        db.Submissions.AddRange(submissions);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Submissions.AddRange(submissions.Select((s, i) => new DemoSubmission(s.Id, members[i].Code)));

        // An open campaign is mid-collection: half of the units have filled about half of the form.
        var filled = spec.Status == CampaignStatus.Open ? 0.5 : 1;
        var values = new DemoAnswers(plan, members.Count, seed).Draw(spec.Target, 1, filled);
        var at = clock.GetUtcNow().UtcDateTime;
        var rows = values
            .Where(v => spec.Status != CampaignStatus.Open || v.Unit % 2 == 0 || v.Node < plan.Nodes.Length / 2)
            .Select(v => new InputValue
            {
                SubmissionId = submissions[v.Unit].Id,
                Round = v.Round,
                CriterionCode = plan.Nodes[v.Node].Code,
                InputId = plan.Nodes[v.Node].Inputs[v.Input].Id,
                Number = v.Number,
                Text = v.Text,
                EnteredBy = v.Round == 0 ? "don-vi" : "hoi-dong-tham-dinh",
                EnteredAt = at,
            }).ToList();
        await InputValueBulkLoader.LoadAsync(db, rows, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    /// <summary>Past collection every unit has submitted (the review steps move the statuses on); an open campaign is half way.</summary>
    private SubmissionStatus StatusOf(int index) => spec.Status switch
    {
        CampaignStatus.Published or CampaignStatus.Closed or CampaignStatus.Review => SubmissionStatus.Submitted,
        CampaignStatus.Open => index % 2 == 0 ? SubmissionStatus.Submitted : SubmissionStatus.Draft,
        CampaignStatus.Draft => SubmissionStatus.Draft,
    };

    /// <summary>Departments that give no public services are assessed in their own, unranked group.</summary>
    private string? GroupOf(DemoMember member) =>
        plan.Framework.Groups.IsDefaultOrEmpty ? null
        : member.Name.StartsWith("Sở", StringComparison.Ordinal) ? plan.Framework.Groups[0].Code
        : plan.Framework.Groups[^1].Code;

    private string LeadOf(int leaf)
    {
        for (var node = leaf; node > 0; node = plan.Nodes[node].Parent)
        {
            if (plan.Nodes[node].Definition?.Lead is { Length: > 0 } lead)
            {
                return lead;
            }
        }

        return "Sở Khoa học và Công nghệ";
    }
}
