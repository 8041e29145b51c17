using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Demo;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Results;
using ChiSo.Data.Tests.Support;
using ChiSo.Files.Units;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Demo;

/// <summary>
/// The demo's reviews are played through the review steps (ADR 0024), so their results, objections and history are
/// the steps' own. Every test here needs the steps' bodies (branches review, rounds, objections): hence the names.
/// </summary>
[Collection(SeededDemo.Collection)]
public class DemoReviewPlayTests(SeededDemo demo)
{
    private static readonly FakeClock Clock = new(Samples.Now);

    private async Task<ChiSoDbContext> SeededAsync(DatabaseProvider provider) => (await demo.ForAsync(provider)).NewContext();

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_EachCampaign_AtItsDemoStage_PlayedThroughTheReviewSteps(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);

        var stages = await db.Campaigns.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Stage).ToListAsync();

        Assert.Equal([ReviewStage.Published, ReviewStage.Round1Review, ReviewStage.Round1Out, ReviewStage.Collecting, ReviewStage.Collecting, ReviewStage.Published, ReviewStage.Published], stages);
        // The DTI 2024 is mid-review: two reviewers assigned, a third of the 34 provinces reviewed.
        var dti2024 = await db.Campaigns.SingleAsync(c => c.Name == "[DEMO] DTI cấp tỉnh 2024");
        Assert.Equal(2, await db.ReviewerAssignments.CountAsync(a => a.CampaignId == dti2024.Id));
        var reviewed = await db.CriterionScores.Where(s => s.ReviewerPoints != null)
            .Join(db.Submissions.Where(s => s.CampaignId == dti2024.Id), c => c.SubmissionId, s => s.Id, (c, s) => s.UnitId).Distinct().CountAsync();
        Assert.Equal(34 / 3, reviewed);
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_Dii2023_QuangTrisRound1ResultIsTheSeedArticles_PlayedThroughTheReviewSteps(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var campaign = await db.Campaigns.SingleAsync(c => c.Name == "[DEMO] DII 2023");
        var snapshot = await db.ResultSnapshots.SingleAsync(s => s.CampaignId == campaign.Id && s.Round == Rounds.First);

        var round1 = (await new CampaignScoring(db, Clock, TestPlans.Shared).ReadAsync(snapshot.Id))!;

        var qt = round1.UnitCodes.IndexOf("45");
        var expected = new[] { ("1", 7.5, 28), ("2", 43.0, 39), ("3", 0.0, 22), ("4", 0.0, 26), ("5", 0.0, 27), ("6", 58.84, 24) };
        foreach (var (node, points, rank) in expected)
        {
            Assert.True(round1.TryGetNode(node, out var index));
            Assert.Equal((points, rank), (round1.Points(index, qt), round1.Rank(index, qt)));
        }

        Assert.Equal((109.34, 43), (round1.Points(0, qt), round1.Rank(0, qt)));
        Assert.Equal(63, round1.UnitCodes.Length);
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_Dii2023_QuangTrisObjectionSignedByItsHead_WaitsForRound2_PlayedThroughTheReviewSteps(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var campaign = await db.Campaigns.SingleAsync(c => c.Name == "[DEMO] DII 2023");
        var quangTri = await db.Submissions.SingleAsync(s => s.CampaignId == campaign.Id && db.Units.Any(u => u.Id == s.UnitId && u.Code == "45"));

        var objections = await db.Objections.AsNoTracking().Where(o => o.SubmissionId == quangTri.Id).OrderBy(o => o.CriterionCode).ToListAsync();
        var letter = await db.RoundResponses.AsNoTracking().SingleAsync(r => r.SubmissionId == quangTri.Id);

        Assert.Equal(["3.1", "5.1"], objections.Select(o => o.CriterionCode));
        Assert.All(objections, o => Assert.True(o.Round == Rounds.First && o.Accepted is null && o.Answer is null));
        Assert.Equal((false, DemoPeople.QuangTriHead, Rounds.First), (letter.Confirmed, letter.SignedBy, letter.Round));
        Assert.Equal(SubmissionStatus.Objected, quangTri.Status);
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_Dti2023_QuangTrisObjectionAnswered_AndTheResultPublished_PlayedThroughTheReviewSteps(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var campaign = await db.Campaigns.SingleAsync(c => c.Name == "[DEMO] DTI cấp tỉnh 2023");

        var objection = await db.Objections.AsNoTracking().Join(db.Submissions.Where(s => s.CampaignId == campaign.Id), o => o.SubmissionId, s => s.Id, (o, _) => o).SingleAsync();

        Assert.Equal((true, DemoPeople.Reviewer), (objection.Accepted, objection.AnsweredBy));
        Assert.False(string.IsNullOrWhiteSpace(objection.Answer));
        Assert.True(await db.ResultSnapshots.AnyAsync(s => s.CampaignId == campaign.Id && s.Published));
    }

    [Theory]
    [AllDatabases]
    public async Task SeedAsync_TheDemosHistory_IsAnAuditChainThatVerifies_PlayedThroughTheReviewSteps(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);

        var verification = await AuditLog.VerifyAsync(db);
        var actors = await db.AuditEvents.AsNoTracking().Select(e => e.Actor).Distinct().ToListAsync();

        Assert.True(verification.IsIntact, verification.ProblemEn);
        Assert.True(verification.Checked > 63);
        Assert.Contains(DemoPeople.Reviewer, actors);
        Assert.Contains(DemoPeople.QuangTriHead, actors);
        Assert.Contains(DemoPeople.Leader, actors);
        Assert.Contains(DemoPeople.Organiser, actors);
    }
}

/// <summary>The demo seeded once per provider for the tests that only read it (seeding takes tens of seconds).</summary>
public sealed class SeededDemo : IAsyncDisposable
{
    public const string Collection = "Seeded demo";

    private readonly Dictionary<DatabaseProvider, Task<TestDatabase>> _databases = [];
    private readonly Lock _lock = new();

    public Task<TestDatabase> ForAsync(DatabaseProvider provider)
    {
        lock (_lock)
        {
            if (!_databases.TryGetValue(provider, out var database))
            {
                _databases[provider] = database = SeedAsync(provider);
            }

            return database;
        }
    }

    private static async Task<TestDatabase> SeedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await new DemoSeeder(db, new FakeClock(Samples.Now), TestPlans.Shared).SeedAsync(DemoSeederTests.Frameworks(), ShippedRegistry.Load);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values.Where(d => d.IsCompletedSuccessfully))
        {
            await (await database).DisposeAsync();
        }
    }
}

[CollectionDefinition(SeededDemo.Collection)]
public sealed class SeededDemoGroup : ICollectionFixture<SeededDemo>;
