namespace ChiSo.Data.Submissions;

/// <summary>Rounds of values: 0 is the unit's self-assessment, 1 and 2 the reviewed rounds.</summary>
public static class Rounds
{
    public const int Self = 0;
    public const int First = 1;
    public const int Second = 2;
}
