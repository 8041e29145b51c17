using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Submissions;
using ChiSo.Engine.Scoring;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Results;
using ChiSo.Data.Sql;

namespace ChiSo.Web.Features.Collection;

/// <summary>
/// One unit's submission with its framework, without its values: what deciding whether a change may be made, and
/// making it, needs (a save writes one row by its key and version; it does not read the other 200).
/// </summary>
public record EntryHead(
    Submission Submission, string CampaignName, CampaignStatus CampaignStatus, string UnitCode, string UnitName, ScoringPlan Plan)
{
    /// <summary>Values can be entered while the campaign collects data and the unit has not submitted.</summary>
    public bool Editable => CampaignStatus == CampaignStatus.Open && Submission.Status == SubmissionStatus.Draft;

    /// <summary>The campaign's assessment year, the period dates declared <c>within: period</c> fall in.</summary>
    public int Year { get; init; }

    /// <summary>The first day of the campaign's period.</summary>
    public DateOnly? PeriodStart => Year > 0 ? InputBounds.PeriodOf(Year).Start : null;

    /// <summary>The last day of the campaign's period.</summary>
    public DateOnly? PeriodEnd => Year > 0 ? InputBounds.PeriodOf(Year).End : null;
}

/// <summary>
/// A stored self-assessment value as the form, the points and the workbook read it: what it is and its version
/// (the columns of <see cref="InputValue"/> that these read, nothing else, since every save reads them all).
/// </summary>
public sealed record Answer(double? Number, string? Text, int Version);

/// <summary>One unit's submission with its framework and its self-assessment values, ready for the form.</summary>
public sealed record Entry(
    Submission Submission, string CampaignName, CampaignStatus CampaignStatus, string UnitCode, string UnitName, ScoringPlan Plan,
    IReadOnlyDictionary<(string Criterion, string Input), Answer> Values)
    : EntryHead(Submission, CampaignName, CampaignStatus, UnitCode, UnitName, Plan)
{
    public Answer? ValueOf(string criterion, string input) => Values.GetValueOrDefault((criterion, input));
}

internal sealed record HeadRow(
    Submission Submission, string Name, CampaignStatus Status, string UnitCode, string UnitName, int EditionId, string ContentHash, string FrameworkId,
    UnitSchedule Schedule);

/// <summary>Loads submissions for the data-entry form and scores them with the engine.</summary>
public sealed class EntryForms(ChiSoDbContext db, Submitting.SubmissionWindow window, ScoringPlans plans)
{
    // Compiled once: every save loads its entry, so the LINQ-to-SQL translation lookup is skipped on that hot path. The
    // unit's schedule comes in the same query, for the submission window's check that follows.
    private static readonly CompiledQuery<Func<ChiSoDbContext, int, CancellationToken, Task<HeadRow?>>> HeadQuery = new(() => EF.CompileAsyncQuery(
        UnitSchedule.InQuery<Func<ChiSoDbContext, int, CancellationToken, HeadRow?>>((ChiSoDbContext db, int id, CancellationToken _) => (
                from s in db.Submissions.AsNoTracking()
                join c in db.Campaigns on s.CampaignId equals c.Id
                join u in db.Units on s.UnitId equals u.Id
                where s.Id == id
                select new HeadRow(
                    s, c.Name, c.Status, u.Code, u.Name, c.FrameworkEditionId, c.FrameworkEdition!.ContentHash, c.FrameworkEdition.FrameworkId,
                    UnitSchedule.Of(db, c, s.UnitId)))
            .SingleOrDefault())));


    private static readonly CompiledQuery<Func<ChiSoDbContext, int, IAsyncEnumerable<(string Criterion, string Input, Answer Answer)>>> ValuesQuery = new(() => EF.CompileAsyncQuery(
        (ChiSoDbContext db, int id) => db.InputValues
            .Where(v => v.SubmissionId == id && v.Round == Rounds.Self)
            .Select(v => ValueTuple.Create(v.CriterionCode, v.InputId, new Answer(v.Number, v.Text, v.Version)))));

    public async Task<Entry?> LoadAsync(int submissionId, CancellationToken cancellationToken = default) =>
        await HeadAsync(submissionId, cancellationToken) is { } head ? await WithValuesAsync(head, cancellationToken) : null;

    /// <summary>The submission and its framework, without the values.</summary>
    public async Task<EntryHead?> HeadAsync(int submissionId, CancellationToken cancellationToken = default)
    {
        var head = await HeadQuery.For(db)(db, submissionId, cancellationToken);
        if (head is null)
        {
            return null;
        }

        window.Remember(head.Submission.CampaignId, head.Submission.UnitId, head.Schedule);
        var plan = await plans.ForEditionAsync(db, head.EditionId, head.ContentHash, head.FrameworkId, cancellationToken);
        return new EntryHead(head.Submission, head.Name, head.Status, head.UnitCode, head.UnitName, plan) { Year = head.Schedule.Year };
    }

    /// <summary>The entry with its values as stored now (saves made since <paramref name="head"/> was read included).</summary>
    public async Task<Entry> WithValuesAsync(EntryHead head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(head);
        var values = await ValuesAsync(head.Submission.Id, cancellationToken);
        return new Entry(head.Submission, head.CampaignName, head.CampaignStatus, head.UnitCode, head.UnitName, head.Plan, values) { Year = head.Year };
    }

    private async Task<Dictionary<(string Criterion, string Input), Answer>> ValuesAsync(int submissionId, CancellationToken cancellationToken)
    {
        var values = new Dictionary<(string Criterion, string Input), Answer>();
        await foreach (var (criterion, input, answer) in ValuesQuery.For(db)(db, submissionId).WithCancellation(cancellationToken))
        {
            values.Add((criterion, input), answer);
        }

        return values;
    }

    public Task<int?> SubmissionIdAsync(int campaignId, int unitId, CancellationToken cancellationToken = default) =>
        db.Submissions.Where(s => s.CampaignId == campaignId && s.UnitId == unitId).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Scores the one unit of <paramref name="entry"/> with the engine, as the official rules would.</summary>
    public static ScoreSheet Score(Entry entry)
    {
        var plan = entry.Plan;
        var data = new PointsDataset(plan, [entry.UnitCode], [entry.UnitName]);
        foreach (var leaf in plan.Leaves)
        {
            var node = plan.Nodes[leaf];
            for (var k = 0; k < node.Inputs.Length; k++)
            {
                var stored = entry.ValueOf(node.Code, node.Inputs[k].Id);
                data.SetInput(leaf, k, [InputCodec.Decode(node.Inputs[k], new StoredValue(stored?.Number, stored?.Text))]);
            }
        }

        return PointsScorer.Score(data);
    }
}
