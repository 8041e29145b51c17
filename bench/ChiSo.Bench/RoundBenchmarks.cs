using BenchmarkDotNet.Attributes;
using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Sql;
using ChiSo.Data.Submissions;
using ChiSo.Files;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Bench;

/// <summary>
/// Publishing a round-1 result of a whole commune campaign (issue 13 §7): the stage move <see cref="ReviewRounds.PublishRound1Async"/>
/// as an organiser makes it — the engine scores 3,321 communes × dti-xa-2025 from the self-assessed values and the
/// reviewed points (one criterion in ten reviewed), the snapshot is stored, every submission moves to Round1Published,
/// two audit events are appended, in one transaction. Each run starts again from Round1Review (not timed).
/// </summary>
[MemoryDiagnoser]
public class RoundBenchmarks
{
    private CampaignData _data = null!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers() => BenchProviders.All();

    private static readonly ScoringPlans Plans = new(FrameworkSources.FromYaml);

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var yaml = BenchProviders.CommuneFramework();
        _data = await CampaignData.CreateAsync(Provider, yaml);
        await using var db = _data.NewContext();
        var values = CampaignData.FrameworkValues(FrameworkSources.FromYaml(yaml, "dti-xa-2025.yaml").Framework!, _data.SubmissionIds);
        await InputValueBulkLoader.LoadAsync(db, values);
        var criteria = values.Select(v => v.CriterionCode).Distinct(StringComparer.Ordinal).ToArray();
        var at = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        var i = 0;
        foreach (var submission in _data.SubmissionIds)
        {
            foreach (var criterion in criteria)
            {
                if (i++ % 10 == 0)
                {
                    db.CriterionScores.Add(new CriterionScore
                    {
                        SubmissionId = submission, CriterionCode = criterion, ReviewerPoints = 0, ReviewerReason = "Chưa có minh chứng.", ReviewedBy = "bench", ReviewedAt = at,
                    });
                }
            }
        }

        await db.SaveChangesAsync();
        Console.WriteLine($"{Provider}: {_data.SubmissionIds.Length} communes × {criteria.Length} criteria, {values.Count} values, {i / 10} reviewed points");
        await ResetAsync();
    }

    /// <summary>Back to Round1Review with every submission signed; not part of the measured time.</summary>
    [IterationSetup]
    public void Reset() => ResetAsync().GetAwaiter().GetResult();

    private async Task ResetAsync()
    {
        await using var db = _data.NewContext();
        await db.Campaigns.Where(c => c.Id == _data.CampaignId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, ReviewStage.Round1Review));
        await db.Submissions.Where(s => s.CampaignId == _data.CampaignId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SubmissionStatus.Submitted));
    }

    /// <summary>The hashes of the latest snapshot: a faster round must store the same inputs hash and payload, bit for bit.</summary>
    internal async Task<string> HashesAsync()
    {
        await using var db = _data.NewContext();
        var last = await db.ResultSnapshots.AsNoTracking().Where(s => s.CampaignId == _data.CampaignId)
            .OrderByDescending(s => s.Id).Select(s => new { s.InputsHash, s.PayloadHash, s.Payload.Length }).FirstAsync();
        return $"inputs hash {last.InputsHash}, payload hash {last.PayloadHash} ({last.Length:N0} B)";
    }

    [GlobalCleanup]
    public void Cleanup() => _data.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> PublishRound1()
    {
        await using var db = _data.NewContext();
        var outcome = await new ReviewRounds(db, TimeProvider.System, Plans).PublishRound1Async(_data.CampaignId, "bench");
        return outcome.Value?.Id ?? throw new InvalidOperationException(outcome.Outcome.Message?.En);
    }
}
