using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Results;
using ChiSo.Data.Review;
using ChiSo.Data.Sql;
using ChiSo.Data.Submissions;
using ChiSo.Files;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Bench;

/// <summary>
/// `communes FILE`: adds to an app's SQLite database (the demo's, say) a published commune campaign of 3,321 synthetic
/// communes scored on dti-xa-2025, so the public pages of a commune campaign can be measured (issue 14 §8). The
/// communes are spread over the database's 34 provinces; the campaign goes through the review's own stage moves
/// (round 1, round 2, approval, publication), as an organiser and a leader would take it. Prints the campaign id and
/// the first commune's code.
/// </summary>
internal static class PublishedCommunes
{
    public const string CampaignName = "[BENCH] DTI cấp xã 2025, 3.321 xã tổng hợp";

    public static async Task<int> RunAsync(string file)
    {
        var options = DatabaseOptions.FromArgument(file);
        var yaml = BenchProviders.CommuneFramework();
        var framework = FrameworkSources.FromYaml(yaml, "dti-xa-2025.yaml").Framework!;
        await using var db = ChiSoDatabase.CreateContext(options);
        var edition = await db.FrameworkEditions.FirstOrDefaultAsync(e => e.FrameworkId == framework.Id && e.Edition == framework.Edition)
            ?? FrameworkEdition.Draft(framework.Id, framework.Edition, framework.Title, yaml);
        var day = new DateOnly(2025, 7, 1);
        var provinces = await db.Units.AsNoTracking()
            .Where(u => u.Level == UnitLevel.Province && u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day))
            .OrderBy(u => u.Code).Select(u => (int?)u.Id).ToListAsync();
        var units = CampaignData.SyntheticCommunes(90_000, i => $"Xã thử {i + 1}", i => provinces.Count == 0 ? null : provinces[i % provinces.Count]);
        var campaign = new Campaign { Name = CampaignName, FrameworkEdition = edition, Year = 2025, Status = CampaignStatus.Review, Stage = ReviewStage.Round1Review };
        db.AddRange(units);
        db.Add(campaign);
        await db.SaveChangesAsync();
        db.CampaignUnits.AddRange(units.Select(u => new CampaignUnit { CampaignId = campaign.Id, UnitId = u.Id }));
        var submissions = units.Select(u => new Submission { CampaignId = campaign.Id, UnitId = u.Id, Status = SubmissionStatus.Submitted }).ToList();
        db.Submissions.AddRange(submissions);
        await db.SaveChangesAsync();
        await InputValueBulkLoader.LoadAsync(db, CampaignData.FrameworkValues(framework, [.. submissions.Select(s => s.Id)]));

        var rounds = new ReviewRounds(db, TimeProvider.System, new ScoringPlans(FrameworkSources.FromYaml));
        var steps = new (string Name, Func<Task<StepOutcome>> Move)[]
        {
            ("round 1", async () => (await rounds.PublishRound1Async(campaign.Id, "bench")).Outcome),
            ("round 2 opens", () => rounds.OpenRound2Async(campaign.Id, "bench")),
            ("round 2", async () => (await rounds.CloseRound2Async(campaign.Id, "bench")).Outcome),
            ("approval", () => rounds.ApproveAsync(campaign.Id, "bench")),
            ("publication", async () => (await rounds.PublishAsync(campaign.Id, "bench")).Outcome),
        };
        foreach (var (name, move) in steps)
        {
            db.ChangeTracker.Clear();
            var outcome = await move();
            if (!outcome.IsDone)
            {
                Console.Error.WriteLine($"{name} refused: {outcome.Message?.En}");
                return 1;
            }
        }

        Console.WriteLine($"{campaign.Id} {units[0].Code}");
        return 0;
    }
}
