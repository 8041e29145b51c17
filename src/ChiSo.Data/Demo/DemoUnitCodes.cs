namespace ChiSo.Data.Demo;

/// <summary>The units the demo is built around, for the hosts' demo accounts and the benchmarks.</summary>
public static class DemoUnitCodes
{
    /// <summary>The province whose own campaigns are in the demo: Tây Ninh (code 80 from 1/7/2025).</summary>
    public const string Province = "80";

    /// <summary>Its Department of Science and Technology: the eighth of the departments the demo creates (DemoUnitSets).</summary>
    public const string ScienceDepartment = Province + ".S08";
}
