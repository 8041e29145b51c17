namespace ChiSo.Data.Tests.Results;

/// <summary>A clock stopped at one instant, so snapshots carry a known time.</summary>
internal sealed class FakeClock(DateTime utc) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
}
