using System.Diagnostics;

namespace ChiSo.Cli;

/// <summary>
/// With the environment variable <c>CHISO_TIMINGS=1</c>, prints to stderr how long each phase of a command took,
/// in wall-clock and in CPU time of the whole process (on a loaded machine only the CPU time means much). This is
/// how bench/process profiles the whole run, start-up included; without the variable it costs one check.
/// </summary>
internal static class PhaseTimings
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("CHISO_TIMINGS") == "1";
    private static DateTime _lastWall;
    private static TimeSpan _lastCpu;

    /// <summary>Ends the phase called <paramref name="phase"/> (the first call measures from the start of the process).</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        var (wall, cpu) = (TimeProvider.System.GetUtcNow().UtcDateTime, process.TotalProcessorTime);
        if (_lastWall == default)
        {
            _lastWall = process.StartTime.ToUniversalTime();
        }

        Console.Error.WriteLine($"timing {phase,-12} {(wall - _lastWall).TotalMilliseconds,7:F1} ms wall {(cpu - _lastCpu).TotalMilliseconds,7:F1} ms cpu"
            + $"  (so far: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} GCs, {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused,"
            + $" {GC.GetTotalAllocatedBytes() >> 20} MB allocated, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled"
            + $" in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)");
        (_lastWall, _lastCpu) = (wall, cpu);
    }
}
