namespace ChiSo.Data.Demo;

/// <summary>
/// The time the demo's review steps are played at: each step on a day of its campaign's official schedule (Vietnam's
/// 09:00), so the history reads as it happened and the confirmation window is open when a unit answers.
/// </summary>
internal sealed class DemoClock : TimeProvider
{
    private DateTimeOffset _now;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves to 09:00 in Vietnam (UTC+7) on <paramref name="day"/>, plus <paramref name="minutes"/>.</summary>
    public void On(DateOnly day, int minutes = 0) =>
        _now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)).AddMinutes(minutes).ToUniversalTime();
}
