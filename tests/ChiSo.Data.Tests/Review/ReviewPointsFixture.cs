using ChiSo.Data.Accounts;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Review;
using ChiSo.Data.Submissions;
using ChiSo.Data.Tests.Results;
using ChiSo.Data.Tests.Support;

namespace ChiSo.Data.Tests.Review;

/// <summary>
/// A campaign under round-1 review: three provinces, two criteria (1.1: 10 × trained/staff; 1.2: 10 for a plan), two
/// reviewers assigned to every unit, and Đà Nẵng's own reporter, who also holds the Reviewer role.
/// </summary>
internal sealed record ReviewPointsFixture(int CampaignId, int[] Submissions, int[] Units, string ReviewerA, string ReviewerB, string DaNangReviewer)
{
    public const string Yaml = """
        id: mini-review
        edition: 2025
        title: Bộ chỉ số thử thẩm định
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

    public static readonly FakeClock Clock = new(Samples.Now);

    public static ReviewPoints Points(ChiSoDbContext db) => new(db, Clock, TestPlans.Shared);

    public static async Task<ReviewPointsFixture> CreateAsync(ChiSoDbContext db, ReviewStage stage = ReviewStage.Round1Review)
    {
        var edition = FrameworkEdition.Draft("mini-review", 2025, "Bộ chỉ số thử thẩm định", Yaml);
        var units = new[]
        {
            Samples.Province("48", "Thành phố Đà Nẵng", new DateOnly(2008, 1, 1)),
            Samples.Province("49", "Tỉnh Quảng Nam", new DateOnly(2008, 1, 1)),
            Samples.Province("51", "Tỉnh Quảng Ngãi", new DateOnly(2008, 1, 1)),
        };
        var campaign = new Campaign { Name = "Thẩm định 2025", FrameworkEdition = edition, Year = 2025, Status = CampaignStatus.Review, Stage = stage };
        var a = new ChiSoUser { UserName = "a@hoidong.gov.vn", Email = "a@hoidong.gov.vn", NormalizedEmail = "A@HOIDONG.GOV.VN" };
        var b = new ChiSoUser { UserName = "b@hoidong.gov.vn", Email = "b@hoidong.gov.vn", NormalizedEmail = "B@HOIDONG.GOV.VN" };
        var own = new ChiSoUser { UserName = "c@danang.gov.vn", Email = "c@danang.gov.vn", NormalizedEmail = "C@DANANG.GOV.VN" };
        db.AddRange(units);
        db.AddRange(a, b, own);
        db.Add(campaign);
        await db.SaveChangesAsync();
        db.CampaignUnits.AddRange(units.Select(u => new CampaignUnit { CampaignId = campaign.Id, UnitId = u.Id }));
        db.Memberships.AddRange(
            new Membership { UserId = a.Id, Role = Role.Reviewer }, new Membership { UserId = b.Id, Role = Role.Reviewer },
            new Membership { UserId = own.Id, Role = Role.Reviewer }, new Membership { UserId = own.Id, UnitId = units[0].Id, Role = Role.UnitReporter });
        db.ReviewerAssignments.AddRange(
            new ReviewerAssignment { CampaignId = campaign.Id, UserId = a.Id, AssignedBy = "tochuc", AssignedAt = Samples.Now },
            new ReviewerAssignment { CampaignId = campaign.Id, UserId = b.Id, AssignedBy = "tochuc", AssignedAt = Samples.Now },
            new ReviewerAssignment { CampaignId = campaign.Id, UserId = own.Id, AssignedBy = "tochuc", AssignedAt = Samples.Now });
        var submissions = units.Select(u => new Submission { CampaignId = campaign.Id, UnitId = u.Id, Status = SubmissionStatus.Submitted }).ToArray();
        db.Submissions.AddRange(submissions);
        await db.SaveChangesAsync();
        // Đà Nẵng: 40 of 50 trained (8 points), a plan (10). Quảng Nam: 30 of 60 (5), no plan (0). Quảng Ngãi: 45 of 50
        // (9) in its self-assessment, cut to 20 of 50 (4) by a round-1 value; a plan given as the text "có" (10).
        var plan51 = Samples.Input(submissions[2].Id, "1.2", "plan", null);
        plan51.Text = "có";
        var reviewed51 = Samples.Input(submissions[2].Id, "1.1", "trained", 20);
        reviewed51.Round = Rounds.First;
        db.InputValues.AddRange(
            Samples.Input(submissions[0].Id, "1.1", "trained", 40), Samples.Input(submissions[0].Id, "1.1", "staff", 50),
            Samples.Input(submissions[0].Id, "1.2", "plan", 1),
            Samples.Input(submissions[1].Id, "1.1", "trained", 30), Samples.Input(submissions[1].Id, "1.1", "staff", 60),
            Samples.Input(submissions[1].Id, "1.2", "plan", 0),
            Samples.Input(submissions[2].Id, "1.1", "trained", 45), Samples.Input(submissions[2].Id, "1.1", "staff", 50),
            plan51, reviewed51);
        await db.SaveChangesAsync();
        return new ReviewPointsFixture(campaign.Id, [.. submissions.Select(s => s.Id)], [.. units.Select(u => u.Id)], a.Id, b.Id, own.Id);
    }
}
