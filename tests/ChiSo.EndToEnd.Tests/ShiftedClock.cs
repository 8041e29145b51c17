namespace ChiSo.EndToEnd.Tests;

/// <summary>The machine's clock moved forward, for tests that play a schedule (deadlines, windows) in minutes.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; private set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;

    public void Forward(int days) => Shift += TimeSpan.FromDays(days);

    /// <summary>From now on the clock reads <paramref name="time"/> of <paramref name="day"/> in Vietnam (UTC+7), and runs on.</summary>
    public void MoveTo(DateOnly day, TimeOnly time) =>
        Shift = new DateTimeOffset(day.ToDateTime(time), Data.VietnamTime.Offset) - System.GetUtcNow();
}
