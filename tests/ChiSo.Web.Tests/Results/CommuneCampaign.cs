using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Web.Tests.Progress;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Results;

/// <summary>
/// A published commune-level campaign: five communes of the shipped registry in two of the 34 provinces, each with its
/// province as parent (both valid from 01/07/2025), scored on <see cref="MiniCampaign.Yaml"/> (1.1 = 10 × trained ÷
/// staff, 1.2 = 10 for a plan; 20 points) and taken through the review's stage moves to publication. By hand:
/// <list type="bullet">
/// <item>Hà Nội (01): 00004 Ba Đình 45/50 → 9 + plan 10 = 19; 00008 Ngọc Hà 20/50 → 4, no plan = 4. Mean 23 ÷ 2 = 11,5.</item>
/// <item>Tây Ninh (80): 25459 Tân Ninh 30/40 → 7,5 + 10 = 17,5; 25480 Bình Minh 10/40 → 2,5 + 10 = 12,5; 25486 Tân Biên
/// 33/60 → 5,5, no plan = 5,5. Mean 35,5 ÷ 3 = 11,8333….</item>
/// <item>The campaign's ranks by total: Ba Đình 1, Tân Ninh 2, Bình Minh 3, Tân Biên 4, Ngọc Hà 5 (within Tây Ninh
/// alone they would be 1, 2, 3). The provinces by mean: Tây Ninh 1, Hà Nội 2.</item>
/// <item>Đà Nẵng (48) is a province with no commune in the campaign.</item>
/// </list>
/// </summary>
public sealed record CommuneCampaign(int Id)
{
    public const string Name = "Thử DTI cấp xã 2025";

    /// <summary>Each commune: code, province code, trained, staff, plan.</summary>
    private static readonly (string Code, string Province, int Trained, int Staff, bool Plan)[] Communes =
    [
        ("00004", "01", 45, 50, true),
        ("00008", "01", 20, 50, false),
        ("25459", "80", 30, 40, true),
        ("25480", "80", 10, 40, true),
        ("25486", "80", 33, 60, false),
    ];

    /// <summary>Creates and publishes the campaign in the app of <paramref name="services"/> (SQLite or PostgreSQL).</summary>
    public static async Task<CommuneCampaign> CreateAsync(IServiceProvider services, Func<ChiSoDbContext> newContext)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(newContext);
        int id;
        await using (var db = newContext())
        {
            var codes = Communes.Select(c => c.Code).ToList();
            var units = await db.Units.Where(u => codes.Contains(u.Code) && u.Level == UnitLevel.Commune && u.ValidTo == null)
                .Select(u => new { u.Id, u.Code, Province = u.Parent!.Code }).ToDictionaryAsync(u => u.Code);
            Assert.All(Communes, c => Assert.Equal(c.Province, units[c.Code].Province));
            var campaign = new Campaign
            {
                Name = Name, FrameworkEdition = FrameworkEdition.Draft("mini-progress", 2025, "Bộ chỉ số thử tiến độ", MiniCampaign.Yaml),
                Year = 2025, Status = CampaignStatus.Review, Stage = ReviewStage.Round1Review,
            };
            db.Add(campaign);
            await db.SaveChangesAsync();
            var at = TimeProvider.System.GetUtcNow().UtcDateTime;
            foreach (var commune in Communes)
            {
                db.CampaignUnits.Add(new CampaignUnit { CampaignId = campaign.Id, UnitId = units[commune.Code].Id });
                var submission = new Submission { CampaignId = campaign.Id, UnitId = units[commune.Code].Id, Status = SubmissionStatus.Submitted };
                db.Submissions.Add(submission);
                await db.SaveChangesAsync();
                db.InputValues.AddRange(
                    Value(submission.Id, "1.1", "trained", commune.Trained, at), Value(submission.Id, "1.1", "staff", commune.Staff, at),
                    Value(submission.Id, "1.2", "plan", commune.Plan ? 1 : 0, at));
            }

            await db.SaveChangesAsync();
            id = campaign.Id;
        }

        // As an organiser and a leader take it: round 1, round 2, approval, publication.
        var steps = new Func<ReviewRounds, Task<StepOutcome>>[]
        {
            async r => (await r.PublishRound1Async(id, "test")).Outcome,
            r => r.OpenRound2Async(id, "test"),
            async r => (await r.CloseRound2Async(id, "test")).Outcome,
            r => r.ApproveAsync(id, "test"),
            async r => (await r.PublishAsync(id, "test")).Outcome,
        };
        foreach (var step in steps)
        {
            using var scope = services.CreateScope();
            var outcome = await step(scope.ServiceProvider.GetRequiredService<ReviewRounds>());
            Assert.True(outcome.IsDone, outcome.Message?.En);
        }

        return new CommuneCampaign(id);
    }

    private static InputValue Value(int submissionId, string criterion, string input, double number, DateTime at) => new()
    {
        SubmissionId = submissionId, Round = Rounds.Self, CriterionCode = criterion, InputId = input, Number = number, EnteredBy = "test", EnteredAt = at,
    };
}

/// <summary>A seeded app of its own with <see cref="CommuneCampaign"/> published, so the shared app's lists of published campaigns stay the demo's.</summary>
public sealed class CommuneResultsApp : IAsyncLifetime
{
    public WebAppFactory Factory { get; } = new();

    public CommuneCampaign Campaign { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _ = Factory.Server; // starts the host: migrates and seeds
        Campaign = await CommuneCampaign.CreateAsync(Factory.Services, Factory.NewContext);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class CommuneResultsAppGroup : ICollectionFixture<CommuneResultsApp>
{
    public const string Name = "commune results app";
}
