using System.Globalization;
using System.Text.Json;
using ChiSo.Data.Audit;
using ChiSo.Data.Campaigns;
using ChiSo.Engine;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Review;

/// <summary>
/// The organiser extends one unit's confirmation window (ADR 0024) while the round-1 result is out: a later last day to
/// confirm or object, with a reason, audited like every extension and told to the unit. The set-up's extensions
/// (self-assessment) end with collection; this one belongs to the review, so it is allowed at Round1Out only. The
/// unit's window (<see cref="ConfirmationWindow"/>) and the opening of round 2 read it from there.
/// Who may call it (organisers) is the caller's check.
/// </summary>
public sealed class ConfirmationExtensions(ChiSoDbContext db, TimeProvider clock)
{
    /// <summary>The shortest reason, in characters (as for the set-up's extensions).</summary>
    public const int ReasonMinimum = 10;

    /// <summary>The address the app is reached at (<c>App:PublicUrl</c>), to make the e-mails' links absolute.</summary>
    public string PublicUrl { get; init; } = "";

    public async Task<StepOutcome<DeadlineExtension>> GrantAsync(
        int campaignId, int unitId, DateOnly? newDeadline, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length < ReasonMinimum)
        {
            return StepOutcome.Refused(StepResult.Invalid,
                $"Hãy ghi lý do gia hạn (ít nhất {ReasonMinimum} ký tự).", $"Give the reason for the extension (at least {ReasonMinimum} characters).");
        }

        if (text.Length > ReviewRounds.ReasonLimit)
        {
            return StepOutcome.Refused(StepResult.Invalid,
                $"Lý do dài {text.Length} ký tự, quá giới hạn {ReviewRounds.ReasonLimit} ký tự. Hãy viết ngắn lại.",
                $"The reason is {text.Length} characters long, over the limit of {ReviewRounds.ReasonLimit}. Please shorten it.");
        }

        if (newDeadline is not { } until)
        {
            return StepOutcome.Refused(StepResult.Invalid, "Hãy nhập hạn mới (ngày/tháng/năm).", "Enter the new deadline (day/month/year).");
        }

        var unit = await db.CampaignUnits.AsNoTracking().Where(cu => cu.CampaignId == campaignId && cu.UnitId == unitId)
            .Select(cu => cu.Unit!.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var window = await ConfirmationWindow.ReadAsync(db, campaignId, unitId, cancellationToken).ConfigureAwait(false);
        if (window is null || unit is null)
        {
            return StepOutcome.Refused(StepResult.NotFound, "Đơn vị không tham gia kỳ đánh giá này.", "The unit does not take part in this campaign.");
        }

        if (window.Stage != ReviewStage.Round1Out)
        {
            var (vi, en) = ReviewRounds.StageName(window.Stage);
            return StepOutcome.Refused(StepResult.Conflict,
                $"Kỳ đánh giá đang ở bước \"{vi}\": chỉ gia hạn xác nhận kết quả vòng 1 được khi kết quả vòng 1 đã gửi và vòng 2 chưa mở.",
                $"The campaign is at \"{en}\": the confirmation window can only be extended while the round-1 result is out and round 2 has not opened.");
        }

        var today = VietnamTime.Today(clock);
        var current = window.Deadline.Due;
        if (until < today || (current is { } due && until <= due))
        {
            var after = current is { } d && d >= today ? d : today.AddDays(-1);
            return StepOutcome.Refused(StepResult.Invalid,
                $"Hạn mới phải sau ngày {PeopleFormat.Date(after)}.", $"The new deadline must be after {after:yyyy-MM-dd}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var extension = new DeadlineExtension
        {
            CampaignId = campaignId, UnitId = unitId, Phase = PhaseKind.Confirmation, NewDeadline = until, Reason = text, GrantedBy = actor, GrantedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.DeadlineExtensions.Add(extension);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        RoundNotices.Add(db, await RoundNotices.UnitPeopleAsync(db, unitId, cancellationToken).ConfigureAwait(false), new RoundNotices.Notice(
            campaignId,
            $"Gia hạn xác nhận kết quả vòng 1 đến {PeopleFormat.Date(until)}",
            $"{unit} được gia hạn xác nhận hoặc góp ý kết quả vòng 1 của kỳ đánh giá \"{campaign}\" đến hết ngày {PeopleFormat.Date(until)}. Lý do: {text}",
            $"{unit} may confirm or object to its round-1 result of \"{campaign}\" until the end of {until:yyyy-MM-dd}. Reason: {text}",
            $"/campaigns/{campaignId}/units/{unitId}/round-1"), PublicUrl, now);
        await new AuditLog(db, clock).AppendAsync(new AuditEntry(
            actor, nameof(DeadlineExtension), string.Create(CultureInfo.InvariantCulture, $"{campaignId}/{unitId}"), "grant",
            JsonSerializer.Serialize(new { Phase = nameof(PhaseKind.Confirmation), Deadline = current }),
            JsonSerializer.Serialize(new { extension.UnitId, Phase = extension.Phase.ToString(), extension.NewDeadline }), text), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StepOutcome<DeadlineExtension>(StepOutcome.Done, extension);
    }
}
