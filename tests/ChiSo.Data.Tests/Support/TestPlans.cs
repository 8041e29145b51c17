using ChiSo.Data.Results;
using ChiSo.Files;

namespace ChiSo.Data.Tests.Support;

/// <summary>The plan cache the hosts register, reading stored frameworks as they do.</summary>
internal static class TestPlans
{
    public static ScoringPlans Shared { get; } = new(FrameworkSources.FromYaml);
}
