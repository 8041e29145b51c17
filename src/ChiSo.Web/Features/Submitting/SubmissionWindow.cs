using ChiSo.Engine;
using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Submissions;
using ChiSo.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ChiSo.Data.Sql;

namespace ChiSo.Web.Features.Submitting;

/// <summary>
/// The self-assessment window of one unit: the phase's last day, moved by the unit's extension when it has one.
/// <see cref="Refusal"/> is null while the unit may still change its answers.
/// </summary>
public sealed record WindowState(DateOnly Today, DateOnly? Deadline, DateOnly? CampaignYearStart, DateOnly? CampaignYearEnd, bool Extended)
{
    public bool IsOpen => Deadline is null || Today <= Deadline;

    public Bilingual? Refusal => IsOpen ? null : (
        $"Đã hết hạn tự đánh giá ({L.Date(Deadline!.Value)}): hồ sơ chỉ còn để xem. Hãy liên hệ cơ quan tổ chức nếu cần gia hạn.",
        $"The self-assessment deadline ({Deadline!.Value:yyyy-MM-dd}) has passed: the submission is read only. Ask the organiser for an extension if needed.");
}

/// <summary>
/// Decides whether saves are still accepted, from the campaign schedule and the injected clock (never the machine's
/// wall clock, so tests can move time). Results are cached for the request: a form asks once per criterion.
/// </summary>
public sealed class SubmissionWindow(ChiSoDbContext db, TimeProvider clock)
{
    // One round trip, compiled once: every save asks.
    private static readonly CompiledQuery<Func<ChiSoDbContext, int, int, CancellationToken, Task<UnitSchedule?>>> ScheduleQuery = new(() => EF.CompileAsyncQuery(
        UnitSchedule.InQuery<Func<ChiSoDbContext, int, int, CancellationToken, UnitSchedule?>>((ChiSoDbContext db, int campaignId, int unitId, CancellationToken _) => db.Campaigns
            .Where(c => c.Id == campaignId)
            .Select(c => UnitSchedule.Of(db, c, unitId))
            .SingleOrDefault())));

    // The state, or the read of it in flight: components that ask during the same render share one query (a second
    // query on the request's DbContext while the first runs fails on PostgreSQL).
    private readonly Dictionary<(int, int), Task<WindowState>> _cache = [];

    public DateOnly Today => Data.VietnamTime.Today(clock);

    public Task<WindowState> StateAsync(int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        if (!_cache.TryGetValue((campaignId, unitId), out var state))
        {
            state = ReadAsync(campaignId, unitId, cancellationToken);
            _cache[(campaignId, unitId)] = state;
        }

        return state;
    }

    private async Task<WindowState> ReadAsync(int campaignId, int unitId, CancellationToken cancellationToken) =>
        StateOf(await ScheduleQuery.For(db)(db, campaignId, unitId, cancellationToken));

    /// <summary>Keeps for this request the schedule a caller read already (the entry's own query reads it).</summary>
    internal void Remember(int campaignId, int unitId, UnitSchedule? schedule) => _cache[(campaignId, unitId)] = Task.FromResult(StateOf(schedule));

    private WindowState StateOf(UnitSchedule? schedule)
    {
        var deadline = schedule?.Deadline ?? default;
        var year = schedule?.Year;
        return new WindowState(
            Today, deadline.Due, year is { } y ? new DateOnly(y, 1, 1) : null, year is { } z ? new DateOnly(z, 12, 31) : null, deadline.Extended);
    }

    /// <summary>The reason a change to <paramref name="submission"/> is refused now, or null when it may be saved.</summary>
    public async Task<Bilingual?> RefusalAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return (await StateAsync(submission.CampaignId, submission.UnitId, cancellationToken)).Refusal;
    }

    /// <summary>403 with the reason, in the user's language.</summary>
    public static ProblemHttpResult Refused(Bilingual reason) =>
        TypedResults.Problem(L.T(reason.Vi, reason.En), statusCode: StatusCodes.Status403Forbidden);
}
