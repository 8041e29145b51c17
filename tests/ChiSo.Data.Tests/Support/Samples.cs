using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Submissions;
using ChiSo.Data.Units;

namespace ChiSo.Data.Tests.Support;

/// <summary>Small, realistic rows to build tests from (Đà Nẵng and Quảng Nam merged on 2025-07-01).</summary>
internal static class Samples
{
    public static readonly DateTime Now = new(2025, 3, 14, 9, 26, 53, 589, DateTimeKind.Utc);

    public const string Yaml = "id: dti-tinh\nedition: 2024\ntitle: Bộ chỉ số DTI cấp tỉnh\ntree: []\n";

    public static Unit Province(string code, string name, DateOnly from, DateOnly? to = null) => new()
    {
        Code = code,
        Name = name,
        Level = UnitLevel.Province,
        Type = name.StartsWith("Thành phố", StringComparison.Ordinal) ? "thành phố" : "tỉnh",
        ValidFrom = from,
        ValidTo = to,
    };

    public static FrameworkEdition Edition(int year = 2024) => FrameworkEdition.Draft("dti-tinh", year, "Bộ chỉ số DTI cấp tỉnh", Yaml);

    /// <summary>A campaign with one unit and a draft submission, saved; returns the submission.</summary>
    public static async Task<Submission> SubmissionAsync(ChiSoDbContext db)
    {
        var unit = Province("48", "Thành phố Đà Nẵng", new DateOnly(2008, 1, 1));
        var campaign = new Campaign { Name = "DTI 2024", FrameworkEdition = Edition(), Year = 2024, Status = CampaignStatus.Open };
        db.AddRange(unit, campaign);
        await db.SaveChangesAsync();
        var submission = new Submission { CampaignId = campaign.Id, UnitId = unit.Id, Status = SubmissionStatus.Draft };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        return submission;
    }

    public static InputValue Input(int submissionId, string criterion, string input, double? number) => new()
    {
        SubmissionId = submissionId,
        Round = Rounds.Self,
        CriterionCode = criterion,
        InputId = input,
        Number = number,
        EnteredBy = "reporter@danang",
        EnteredAt = Now,
    };
}
