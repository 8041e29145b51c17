using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Progress;

/// <summary>
/// A small campaign on four Tây Ninh departments with hand-picked answers (3 inputs asked: 1.1 trained and staff,
/// 1.2 plan); the self-assessment closed 10 days ago, so the result does not depend on the day the tests run.
/// <list type="bullet">
/// <item>S08 (the demo reporter's unit): draft, all 3 inputs → 100 %, overdue.</item>
/// <item>S07: submitted, trained and plan → 2/3 = 66,7 %, not overdue (submitted); also a value of an input the
/// framework does not ask ("1.2 old_plan", left from an earlier edition), which no count includes.</item>
/// <item>S06: draft, only an empty text and a round-1 value (neither counts) → 0 %, extended 10 days ahead: not overdue.</item>
/// <item>S05: no submission → 0 %, overdue.</item>
/// </list>
/// Per criterion (4 units): 1.1 fully answered by S08 only → 1/4 = 25 %; 1.2 by S08 and S07 → 2/4 = 50 %.
/// </summary>
public sealed record MiniCampaign(int CampaignId, int S08, int S07, int S06, int S05)
{
    public const string Name = "Thử tiến độ 2025";

    /// <summary>The two-criterion framework (1.1 = 10 × trained ÷ staff, 1.2 = 10 for a plan; 20 points, shown as points with 2 decimals), also the commune results tests'.</summary>
    internal const string Yaml = """
        id: mini-progress
        edition: 2025
        title: Bộ chỉ số thử tiến độ
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

    public static async Task<MiniCampaign> CreateAsync(ChiSoDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await db.Units.Where(u => u.Code.StartsWith("80.S0") && u.ValidTo == null)
            .ToDictionaryAsync(u => u.Code, u => u.Id);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(7));
        var campaign = new Campaign { Name = Name, FrameworkEdition = FrameworkEdition.Draft("mini-progress", 2025, "Bộ chỉ số thử tiến độ", Yaml), Year = 2025, Status = CampaignStatus.Open };
        campaign.Phases.Add(new CampaignPhase { Kind = PhaseKind.SelfAssessment, Opens = today.AddDays(-40), Closes = today.AddDays(-10) });
        foreach (var code in new[] { "80.S08", "80.S07", "80.S06", "80.S05" })
        {
            campaign.Units.Add(new CampaignUnit { UnitId = ids[code] });
        }

        db.Add(campaign);
        await db.SaveChangesAsync();
        var s08 = Submission(db, campaign.Id, ids["80.S08"], SubmissionStatus.Draft);
        var s07 = Submission(db, campaign.Id, ids["80.S07"], SubmissionStatus.Submitted);
        var s06 = Submission(db, campaign.Id, ids["80.S06"], SubmissionStatus.Draft);
        db.DeadlineExtensions.Add(new DeadlineExtension
        {
            CampaignId = campaign.Id, UnitId = ids["80.S06"], Phase = PhaseKind.SelfAssessment, NewDeadline = today.AddDays(10),
            Reason = "Thử gia hạn", GrantedBy = "test", GrantedAt = TimeProvider.System.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        db.InputValues.AddRange(
            Value(s08.Id, "1.1", "trained", 40), Value(s08.Id, "1.1", "staff", 50), Value(s08.Id, "1.2", "plan", 1),
            Value(s07.Id, "1.1", "trained", 30), Value(s07.Id, "1.2", "plan", 0), Value(s07.Id, "1.2", "old_plan", 1),
            Value(s06.Id, "1.1", "staff", null, ""), Value(s06.Id, "1.1", "trained", 5, round: Rounds.First));
        await db.SaveChangesAsync();
        return new MiniCampaign(campaign.Id, ids["80.S08"], ids["80.S07"], ids["80.S06"], ids["80.S05"]);
    }

    private static Submission Submission(ChiSoDbContext db, int campaignId, int unitId, SubmissionStatus status)
    {
        var submission = new Submission { CampaignId = campaignId, UnitId = unitId, Status = status };
        db.Submissions.Add(submission);
        return submission;
    }

    private static InputValue Value(int submissionId, string criterion, string input, double? number, string? text = null, int round = Rounds.Self) => new()
    {
        SubmissionId = submissionId, Round = round, CriterionCode = criterion, InputId = input, Number = number, Text = text,
        EnteredBy = "test", EnteredAt = TimeProvider.System.GetUtcNow().UtcDateTime,
    };
}
