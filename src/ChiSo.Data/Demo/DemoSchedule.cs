using ChiSo.Data.Campaigns;

namespace ChiSo.Data.Demo;

/// <summary>
/// The official schedule of an assessment year, held in the first half of the following year; for a demo campaign
/// still collecting data, a schedule around the day the demo is seeded, so a person trying the demo can enter data.
/// </summary>
internal static class DemoSchedule
{
    public static IEnumerable<CampaignPhase> Phases(DemoCampaignSpec spec, TimeProvider clock)
    {
        if (spec.Status is not (CampaignStatus.Open or CampaignStatus.Draft))
        {
            return Phases(spec.Year);
        }

        // Vietnam time: the deadline is a date as a Vietnamese office reads it.
        var today = VietnamTime.Today(clock);
        var opens = today.AddDays(-30);
        var closes = today.AddDays(60);
        return
        [
            Phase(PhaseKind.SelfAssessment, opens, closes),
            Phase(PhaseKind.Round1Review, closes.AddDays(1), closes.AddDays(30)),
            Phase(PhaseKind.Confirmation, closes.AddDays(31), closes.AddDays(40)),
            Phase(PhaseKind.Round2Review, closes.AddDays(41), closes.AddDays(60)),
            Phase(PhaseKind.Approval, closes.AddDays(61), closes.AddDays(75)),
            Phase(PhaseKind.Publication, closes.AddDays(76), closes.AddDays(90)),
        ];
    }

    public static IEnumerable<CampaignPhase> Phases(int year)
    {
        var next = year + 1;
        yield return Phase(PhaseKind.SelfAssessment, new(next, 2, 1), new(next, 3, 31));
        yield return Phase(PhaseKind.Round1Review, new(next, 4, 1), new(next, 4, 30));
        yield return Phase(PhaseKind.Confirmation, new(next, 5, 1), new(next, 5, 10));
        yield return Phase(PhaseKind.Round2Review, new(next, 5, 11), new(next, 5, 31));
        yield return Phase(PhaseKind.Approval, new(next, 6, 1), new(next, 6, 15));
        yield return Phase(PhaseKind.Publication, new(next, 6, 16), new(next, 6, 30));
    }

    public static DeadlineExtension Extension(int campaignId, int unitId, DemoCampaignSpec spec, TimeProvider clock) => new()
    {
        CampaignId = campaignId,
        UnitId = unitId,
        Phase = PhaseKind.SelfAssessment,
        NewDeadline = Phases(spec, clock).First(p => p.Kind == PhaseKind.SelfAssessment).Closes.AddDays(10),
        Reason = "Đơn vị bị ảnh hưởng bởi sự cố hạ tầng mạng (bão số 3), xin gia hạn nộp số liệu tự đánh giá 10 ngày.",
        GrantedBy = DemoSeeder.By,
        GrantedAt = clock.GetUtcNow().UtcDateTime,
    };

    private static CampaignPhase Phase(PhaseKind kind, DateOnly opens, DateOnly closes) => new() { Kind = kind, Opens = opens, Closes = closes };
}
