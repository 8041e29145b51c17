using ChiSo.Engine;
using ChiSo.Data;
using ChiSo.Data.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Setup;

/// <summary>What an organiser changes in a campaign's set-up.</summary>
public enum SetupChange
{
    Units,
    Schedule,
    Assignments,
    Extensions,
}

/// <summary>
/// Which set-up changes a campaign's status still allows. Units, assignments and extensions belong to the collection:
/// they change while the campaign is in preparation or collecting data, never once the review has begun (a unit added
/// to a campaign under review would have no self-assessment; an extension would reopen nothing, since only an open
/// campaign accepts values). The schedule also holds the review windows, so it may change until the campaign closes.
/// A closed or published campaign changes no more: its results stand as published.
/// </summary>
public static class SetupChanges
{
    public static bool Allowed(CampaignStatus status, SetupChange change) => change == SetupChange.Schedule
        ? status is CampaignStatus.Draft or CampaignStatus.Open or CampaignStatus.Review
        : status is CampaignStatus.Draft or CampaignStatus.Open;

    /// <summary>Why <paramref name="change"/> is refused in <paramref name="status"/>, or null when it is allowed.</summary>
    public static Bilingual? Refusal(CampaignStatus status, SetupChange change)
    {
        if (Allowed(status, change))
        {
            return null;
        }

        var (vi, en) = change switch
        {
            SetupChange.Units => ("không thêm hoặc gỡ đơn vị được nữa", "units can no longer be added or removed"),
            SetupChange.Schedule => ("không thay đổi lịch được nữa", "the schedule can no longer change"),
            SetupChange.Assignments => ("không thay đổi phân công được nữa", "assignments can no longer change"),
            SetupChange.Extensions => ("không gia hạn được nữa", "extensions can no longer be granted"),
        };
        return new(
            $"Kỳ đánh giá đang ở trạng thái \"{Campaigns.CampaignTexts.Vi(status)}\": {vi}.",
            $"The campaign is \"{Campaigns.CampaignTexts.En(status)}\": {en}.");
    }

    /// <summary>The refusal for the stored status of campaign <paramref name="campaignId"/> (null when it does not exist: callers answer 404 first).</summary>
    public static async Task<Bilingual?> RefusalAsync(ChiSoDbContext db, int campaignId, SetupChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var status = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => (CampaignStatus?)c.Status).SingleOrDefaultAsync(cancellationToken);
        return status is { } s ? Refusal(s, change) : null;
    }
}

/// <summary>The API side of <see cref="SetupChanges"/>: 409 with the reason before the handler runs.</summary>
public static class SetupChangeFilter
{
    public static TBuilder Changes<TBuilder>(this TBuilder builder, SetupChange change)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status409Conflict).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (CampaignExists.IdOf(http) is { } id
                && await SetupChanges.RefusalAsync(http.RequestServices.GetRequiredService<ChiSoDbContext>(), id, change, http.RequestAborted) is { } refusal)
            {
                return ApiProblems.Conflict(refusal);
            }

            return await next(context);
        });
}
