namespace ChiSo.Data;

/// <summary>
/// Deadlines, "today" and the times people read are Vietnam's: UTC+7 all year, no daylight saving. Moments are stored
/// in UTC; a deadline of 31/03 ends at midnight in Hà Nội, not in Greenwich.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>Today's date in Vietnam.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }

    /// <summary>A moment stored in UTC, as a Vietnamese wall-clock time.</summary>
    public static DateTime FromUtc(DateTime utc) => utc + Offset;
}
