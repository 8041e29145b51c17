using ChiSo.Data.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// A unit's confirmation window on its round-1 result (ADR 0024): from the confirmation phase's first day (when units
/// see the result, <see cref="RoundVisibility"/>) to its last day, moved by the unit's extension of that phase when it
/// has one (<see cref="Deadline"/>). The one place the unit's answers ask whether they may still be written.
/// </summary>
/// <param name="Stage">The campaign's stage.</param>
/// <param name="Opens">The confirmation phase's first day; null when the schedule has none.</param>
/// <param name="Deadline">The unit's last day to answer.</param>
public sealed record ConfirmationWindow(ReviewStage Stage, DateOnly? Opens, Deadline Deadline)
{
    /// <summary>The unit's window in the campaign, or null when there is no such campaign.</summary>
    public static async Task<ConfirmationWindow?> ReadAsync(ChiSoDbContext db, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new
        {
            c.Stage,
            Phase = db.CampaignPhases.Where(p => p.CampaignId == c.Id && p.Kind == PhaseKind.Confirmation)
                .Select(p => new { p.Opens, p.Closes }).FirstOrDefault(),
            Extended = db.DeadlineExtensions.Where(e => e.CampaignId == c.Id && e.UnitId == unitId && e.Phase == PhaseKind.Confirmation)
                .Max(e => (DateOnly?)e.NewDeadline),
        }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : new ConfirmationWindow(row.Stage, row.Phase?.Opens, Deadline.Of(row.Phase?.Closes, row.Extended));
    }

    /// <summary>True when the unit sees its round-1 result on <paramref name="today"/>.</summary>
    public bool UnitSees(DateOnly today) => RoundVisibility.UnitSees(Stage, Submissions.Rounds.First, Opens, today);

    /// <summary>Why the unit may not write or sign its answer on <paramref name="today"/> (Vietnam's date), or null when it may.</summary>
    public StepOutcome? Refusal(DateOnly today)
    {
        if (Stage < ReviewStage.Round1Out)
        {
            return StepOutcome.Refused(StepResult.Conflict,
                "Kết quả vòng 1 chưa được công bố: chưa gửi được ý kiến.", "The round-1 result is not out yet: no answer can be sent.");
        }

        if (Stage == ReviewStage.Round1Out && Opens is { } opens && today < opens)
        {
            return StepOutcome.Refused(StepResult.Conflict,
                $"Đơn vị xem và gửi ý kiến về kết quả vòng 1 từ ngày {Engine.PeopleFormat.Date(opens)}.",
                $"Units see and answer their round-1 result from {opens:yyyy-MM-dd}.");
        }

        if (Deadline.IsPast(today) || Stage > ReviewStage.Round1Out)
        {
            return Deadline.Due is { } due
                ? StepOutcome.Refused(StepResult.Late,
                    $"Đã hết hạn gửi ý kiến (ngày {Engine.PeopleFormat.Date(due)}).", $"The deadline for answers has passed ({due:yyyy-MM-dd}).")
                : StepOutcome.Refused(StepResult.Late,
                    "Đã hết hạn gửi ý kiến: kết quả vòng 1 đã chuyển sang vòng 2.", "The time for answers is over: the round-1 result has moved on to round 2.");
        }

        return null;
    }
}
