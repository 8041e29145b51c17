using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Support;
using ChiSo.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Results;

public class CampaignScoringTests
{
    // Two criteria: 1.1 gives max × trained/staff (10 points), 1.2 gives 10 points for a plan (yes/no). Total 20.
    internal const string Yaml = """
        id: mini
        edition: 2025
        title: Bộ chỉ số thử
        display: { total: 20, as: points, decimals: 2 }
        tree:
          - code: "1"
            name: Nhận thức số
            children:
              - code: "1.1"
                name: Tỷ lệ cán bộ được tập huấn
                max: 10
                inputs:
                  - { id: trained, type: integer, min: 0 }
                  - { id: staff, type: integer, min: 1 }
                score: max * clamp(ratio(trained, staff), 0, 1)
              - code: "1.2"
                name: Có kế hoạch chuyển đổi số
                max: 10
                inputs:
                  - { id: plan, type: yes_no }
                score: if(plan, max, 0)
        """;

    private static readonly FakeClock Clock = new(Samples.Now);

    /// <summary>Three provinces; returns the campaign id.</summary>
    internal static async Task<int> MiniCampaignAsync(ChiSoDbContext db, string yaml = Yaml)
    {
        var edition = FrameworkEdition.Draft("mini", 2025, "Bộ chỉ số thử", yaml);
        var units = new[]
        {
            Samples.Province("48", "Thành phố Đà Nẵng", new DateOnly(2008, 1, 1)),
            Samples.Province("49", "Tỉnh Quảng Nam", new DateOnly(2008, 1, 1)),
            Samples.Province("51", "Tỉnh Quảng Ngãi", new DateOnly(2008, 1, 1)),
        };
        var campaign = new Campaign { Name = "Thử 2025", FrameworkEdition = edition, Year = 2025, Status = CampaignStatus.Review };
        db.AddRange(units);
        db.Add(campaign);
        await db.SaveChangesAsync();
        foreach (var unit in units)
        {
            db.CampaignUnits.Add(new CampaignUnit { CampaignId = campaign.Id, UnitId = unit.Id });
        }

        var submissions = units.Select(u => new Submission { CampaignId = campaign.Id, UnitId = u.Id }).ToArray();
        db.Submissions.AddRange(submissions);
        await db.SaveChangesAsync();
        // Đà Nẵng: 40 of 50 trained, a plan. Quảng Nam: 30 of 60, no plan. Quảng Ngãi: 45 of 50 in round 0,
        // the reviewers cut it to 20 of 50 in round 1; its plan is given as text "có".
        db.InputValues.AddRange(
            Samples.Input(submissions[0].Id, "1.1", "trained", 40), Samples.Input(submissions[0].Id, "1.1", "staff", 50),
            Samples.Input(submissions[0].Id, "1.2", "plan", 1),
            Samples.Input(submissions[1].Id, "1.1", "trained", 30), Samples.Input(submissions[1].Id, "1.1", "staff", 60),
            Samples.Input(submissions[1].Id, "1.2", "plan", 0),
            Samples.Input(submissions[2].Id, "1.1", "trained", 45), Samples.Input(submissions[2].Id, "1.1", "staff", 50),
            Text(Samples.Input(submissions[2].Id, "1.2", "plan", null), "có"),
            Reviewed(Samples.Input(submissions[2].Id, "1.1", "trained", 20)));
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    [Theory]
    [AllDatabases]
    public async Task ComputeAsync_SmallCampaign_GivesHandComputedPointsAndRanks(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var id = await MiniCampaignAsync(db);

        var round0 = await new CampaignScoring(db, Clock, TestPlans.Shared).ComputeAsync(id, Rounds.Self, "tester");
        var round1 = await new CampaignScoring(db, Clock, TestPlans.Shared).ComputeAsync(id, Rounds.First, "tester");

        Assert.Empty(round0.Problems);
        // Round 0: Đà Nẵng 10 × 40/50 + 10 = 18; Quảng Nam 10 × 30/60 + 0 = 5; Quảng Ngãi 10 × 45/50 + 10 = 19.
        // Round 1: Quảng Ngãi 10 × 20/50 + 10 = 14, the others carried forward from round 0.
        var stored0 = await new CampaignScoring(db, Clock, TestPlans.Shared).ReadAsync(round0.Snapshot!.Id);
        var stored1 = await new CampaignScoring(db, Clock, TestPlans.Shared).ReadAsync(round1.Snapshot!.Id);
        Assert.Equal([18.0, 5.0, 19.0], Totals(stored0!));
        Assert.Equal([18.0, 5.0, 14.0], Totals(stored1!));
        Assert.Equal([2, 3, 1], Enumerable.Range(0, 3).Select(u => stored0!.Rank(0, u)));
        Assert.Equal([1, 3, 2], Enumerable.Range(0, 3).Select(u => stored1!.Rank(0, u)));
        Assert.Equal(["48", "49", "51"], stored1!.UnitCodes.AsEnumerable());
    }

    [Theory]
    [AllDatabases]
    public async Task ScoreAsync_ReviewedAndFinalPoints_ReplaceTheRulesPointsInTheirRoundsOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var id = await MiniCampaignAsync(db);
        var submissions = await db.Submissions.OrderBy(s => s.Id).ToListAsync();
        // Reviewers give Đà Nẵng's plan 4 of 10 in round 1; its objection is accepted with 7 in round 2.
        // Quảng Nam's 1.1 is reviewed at 5 (what the rule gives): the same points, but a reviewed row all the same.
        db.CriterionScores.AddRange(
            new CriterionScore { SubmissionId = submissions[0].Id, CriterionCode = "1.2", ReviewerPoints = 4, ReviewerReason = "Kế hoạch chưa được phê duyệt.", FinalPoints = 7 },
            new CriterionScore { SubmissionId = submissions[1].Id, CriterionCode = "1.1", ReviewerPoints = 5 });
        await db.SaveChangesAsync();
        var scoring = new CampaignScoring(db, Clock, TestPlans.Shared);

        var round0 = await scoring.ScoreAsync(id, Rounds.Self);
        var round1 = await scoring.ScoreAsync(id, Rounds.First);
        var round2 = await scoring.ScoreAsync(id, Rounds.Second);

        // Round 0 ignores reviewed points: 18, 5, 19 as before.
        Assert.Equal([18.0, 5.0, 19.0], Enumerable.Range(0, 3).Select(u => round0.Sheet!.Points(0, u)));
        // Round 1: Đà Nẵng 8 + 4 = 12; Quảng Nam 5 + 0 = 5; Quảng Ngãi 4 + 10 = 14 (its reviewed input).
        Assert.Equal([12.0, 5.0, 14.0], Enumerable.Range(0, 3).Select(u => round1.Sheet!.Points(0, u)));
        Assert.True(round1.Sheet!.Plan.TryGetIndex("1.2", out var plan));
        Assert.Equal(4.0, round1.Sheet.Points(plan, 0));
        // Round 2: the final 7 replaces the reviewed 4: 8 + 7 = 15.
        Assert.Equal([15.0, 5.0, 14.0], Enumerable.Range(0, 3).Select(u => round2.Sheet!.Points(0, u)));
        // Given points are inputs too: round 2's hash differs from round 1's though the values are the same.
        Assert.NotEqual(round1.InputsHash, round2.InputsHash);
    }

    [Theory]
    [AllDatabases]
    public async Task ComputeAsync_Snapshot_RecordsHashesAndReadsBackBitForBit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int id;
        CampaignScoringResult result;
        await using (var db = database.NewContext())
        {
            id = await MiniCampaignAsync(db);
            result = await new CampaignScoring(db, Clock, TestPlans.Shared).ComputeAsync(id, Rounds.First, "tester", published: true);
        }

        await using var fresh = database.NewContext();
        var snapshot = await fresh.ResultSnapshots.AsNoTracking().SingleAsync();
        var stored = await new CampaignScoring(fresh, Clock, TestPlans.Shared).ReadAsync(snapshot.Id);

        Assert.Equal(FrameworkEdition.HashOf(Yaml), snapshot.FrameworkHash);
        Assert.Equal(result.InputsHash, snapshot.InputsHash);
        Assert.Equal(CampaignScoring.EngineVersion, snapshot.EngineVersion);
        Assert.True(snapshot.Published);
        var sheet = result.Sheet!;
        for (var n = 0; n < sheet.Plan.Nodes.Length; n++)
        {
            for (var u = 0; u < 3; u++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(sheet.Points(n, u)), BitConverter.DoubleToInt64Bits(stored!.Points(n, u)));
                Assert.Equal(BitConverter.DoubleToInt64Bits(sheet.Value(n, u)), BitConverter.DoubleToInt64Bits(stored.Value(n, u)));
                Assert.Equal(sheet.Rank(n, u), stored.Rank(n, u));
            }
        }
    }

    [Theory]
    [AllDatabases]
    public async Task ComputeAsync_SameInputsTwice_GivesTheSameInputsHash_AndAChangeGivesAnother(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var id = await MiniCampaignAsync(db);
        var scoring = new CampaignScoring(db, Clock, TestPlans.Shared);

        var first = await scoring.ScoreAsync(id, Rounds.Self);
        var second = await scoring.ScoreAsync(id, Rounds.Self);
        var value = await db.InputValues.FirstAsync(v => v.InputId == "trained" && v.Number == 40);
        value.Number = 41;
        await db.SaveChangesAsync();
        var changed = await scoring.ScoreAsync(id, Rounds.Self);

        Assert.Equal(first.InputsHash, second.InputsHash);
        Assert.NotEqual(first.InputsHash, changed.InputsHash);
    }

    [Theory]
    [AllDatabases]
    public async Task ScoreAsync_InputsHash_IsTheHashOfTheLatestValuesPerInput(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var id = await MiniCampaignAsync(db);

        var self = await new CampaignScoring(db, Clock, TestPlans.Shared).ScoreAsync(id, Rounds.Self);
        var reviewed = await new CampaignScoring(db, Clock, TestPlans.Shared).ScoreAsync(id, Rounds.First);

        // The values MiniCampaignAsync stores, as the engine's hash defines its rows; in round 1 the reviewers'
        // 20 replaces Quảng Ngãi's self-assessed 45 trained staff.
        InputRow[] Rows(double trained51) =>
        [
            new("48", "1.1", "trained", 40, null), new("48", "1.1", "staff", 50, null), new("48", "1.2", "plan", 1, null),
            new("49", "1.1", "trained", 30, null), new("49", "1.1", "staff", 60, null), new("49", "1.2", "plan", 0, null),
            new("51", "1.1", "trained", trained51, null), new("51", "1.1", "staff", 50, null), new("51", "1.2", "plan", null, "có"),
        ];
        Assert.Equal(InputsHash.Compute(Rows(45)), self.InputsHash);
        Assert.Equal(InputsHash.Compute(Rows(20)), reviewed.InputsHash);
    }

    [Theory]
    [AllDatabases]
    public async Task Snapshot_Update_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var id = await MiniCampaignAsync(db);
        var result = await new CampaignScoring(db, Clock, TestPlans.Shared).ComputeAsync(id, Rounds.Self, "tester");

        result.Snapshot!.Published = true;

        await Assert.ThrowsAsync<ImmutableEntityException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task ComputeAsync_UnknownCampaign_ReportsAProblemAndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var result = await new CampaignScoring(db, Clock, TestPlans.Shared).ComputeAsync(999, Rounds.Self, "tester");

        Assert.Equal("CS001", Assert.Single(result.Problems).Code);
        Assert.Equal(0, await db.ResultSnapshots.CountAsync());
    }

    private static InputValue Text(InputValue value, string text)
    {
        value.Text = text;
        return value;
    }

    private static InputValue Reviewed(InputValue value)
    {
        value.Round = Rounds.First;
        return value;
    }

    private static IEnumerable<double> Totals(StoredResults stored) => Enumerable.Range(0, stored.UnitCodes.Length).Select(u => stored.Points(0, u));
}
