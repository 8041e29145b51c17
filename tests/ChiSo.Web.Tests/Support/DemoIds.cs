using ChiSo.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Tests.Support;

/// <summary>The ids of the demo department campaign, the reporter's unit and a neighbouring unit.</summary>
public sealed record DemoIds(int CampaignId, int OwnUnitId, int OtherUnitId, int OwnSubmissionId)
{
    public static async Task<DemoIds> ReadAsync(WebAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = factory.NewContext();
        return await ReadAsync(db);
    }

    public static async Task<DemoIds> ReadAsync(Data.ChiSoDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var campaign = await db.Campaigns.SingleAsync(c => c.Name.Contains("sở, ban, ngành"));
        var own = await db.Units.SingleAsync(u => u.Code == DemoAccounts.DepartmentCode);
        var other = await db.Units.SingleAsync(u => u.Code == "80.S07");
        var submission = await db.Submissions.SingleAsync(s => s.CampaignId == campaign.Id && s.UnitId == own.Id);
        return new DemoIds(campaign.Id, own.Id, other.Id, submission.Id);
    }
}
