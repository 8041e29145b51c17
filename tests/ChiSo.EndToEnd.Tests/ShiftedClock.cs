namespace ChiSo.EndToEnd.Tests;

/// <summary>The machine's clock moved forward by whole days, for tests that play a schedule (deadlines, windows) in minutes.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; private set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;

    public void Forward(int days) => Shift += TimeSpan.FromDays(days);
}
