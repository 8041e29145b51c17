using ChiSo.Data.Campaigns;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Campaigns;

public sealed class DeadlineTests
{
    private static readonly DateOnly Closes = new(2024, 3, 31);

    [Theory]
    [InlineData(null, null, null, false)]
    [InlineData("2024-03-31", null, "2024-03-31", false)]
    [InlineData("2024-03-31", "2024-04-10", "2024-04-10", true)]
    [InlineData("2024-03-31", "2024-03-20", "2024-03-31", false)] // an extension earlier than the close moves nothing
    [InlineData("2024-03-31", "2024-03-31", "2024-03-31", false)]
    [InlineData(null, "2024-04-10", "2024-04-10", true)]
    public void Of_ExtensionLaterThanTheClose_MovesIt(string? closes, string? extension, string? due, bool extended)
    {
        var deadline = Deadline.Of(Date(closes), Date(extension));

        Assert.Equal(new Deadline(Date(due), extended), deadline);
    }

    [Fact]
    public void IsPast_TheLastDayItself_IsNotPast()
    {
        var deadline = Deadline.Of(Closes, null);

        Assert.False(deadline.IsPast(Closes));
        Assert.True(deadline.IsPast(Closes.AddDays(1)));
        Assert.False(Deadline.Of(null, null).IsPast(Closes));
    }

    [Theory, AllDatabases]
    public async Task UnitScheduleOf_InAQuery_ReadsTheCloseAndTheLatestExtensionOfThatUnitOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        var other = Samples.Province("49", "Tỉnh Quảng Nam", new DateOnly(2008, 1, 1));
        db.Units.Add(other);
        await db.SaveChangesAsync();
        db.CampaignPhases.Add(new CampaignPhase { CampaignId = submission.CampaignId, Kind = PhaseKind.SelfAssessment, Opens = Closes.AddDays(-30), Closes = Closes });
        db.CampaignPhases.Add(new CampaignPhase { CampaignId = submission.CampaignId, Kind = PhaseKind.Round1Review, Opens = Closes.AddDays(1), Closes = Closes.AddDays(60) });
        db.DeadlineExtensions.AddRange(
            Extension(submission.CampaignId, submission.UnitId, Closes.AddDays(5)),
            Extension(submission.CampaignId, submission.UnitId, Closes.AddDays(9)),
            Extension(submission.CampaignId, other.Id, Closes.AddDays(20)));
        await db.SaveChangesAsync();

        var schedule = await db.Campaigns.Where(c => c.Id == submission.CampaignId)
            .Select(UnitSchedule.InQuery<Func<Campaign, UnitSchedule>>(c => UnitSchedule.Of(db, c, submission.UnitId)))
            .SingleAsync();

        Assert.Equal(new UnitSchedule(2024, Closes, Closes.AddDays(9)), schedule);
        Assert.Equal(new Deadline(Closes.AddDays(9), true), schedule.Deadline);
    }

    [Fact]
    public void UnitScheduleOf_OutsideAQuery_Throws() =>
        Assert.Throws<InvalidOperationException>(() => UnitSchedule.Of(null!, new Campaign { Name = "x" }, 1));

    private static DeadlineExtension Extension(int campaignId, int unitId, DateOnly until) => new()
    {
        CampaignId = campaignId, UnitId = unitId, Phase = PhaseKind.SelfAssessment, NewDeadline = until,
        Reason = "Công văn đề nghị gia hạn", GrantedBy = "tochuc@demo.chiso.vn", GrantedAt = Samples.Now,
    };

    private static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
