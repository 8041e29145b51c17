namespace ChiSo.Engine.Frameworks;

/// <summary>
/// A condition over a criterion's inputs that its values must meet together, written in the formula language as a
/// yes/no rule (<c>chu_tri &lt;= tong_cuoc_hop</c>). It does not apply while an input it names has no value.
/// </summary>
public sealed record InputCheck
{
    /// <summary>The condition; true when the values are possible.</summary>
    public required string Rule { get; init; }

    /// <summary>What to tell the user when the condition fails, in Vietnamese; null to say the rule in words.</summary>
    public string? Message { get; init; }

    /// <summary>The same in English.</summary>
    public string? MessageEn { get; init; }

    /// <summary>An error blocks the sign-off; a warning only warns.</summary>
    public CheckSeverity Severity { get; init; } = CheckSeverity.Error;

    /// <summary>Where the check is declared.</summary>
    public SourceSpan At { get; init; }

    /// <summary>Where the first character of <see cref="Rule"/> is in the file.</summary>
    public SourceSpan RuleAt { get; init; }
}

/// <summary>How a failed <see cref="InputCheck"/> counts.</summary>
public enum CheckSeverity
{
    /// <summary>The values cannot be right: the unit cannot sign off until they are corrected.</summary>
    Error,

    /// <summary>The values look unlikely: shown, but the unit may sign off.</summary>
    Warning,
}

/// <summary>
/// The days a date must fall within: the campaign's period (its assessment year), fixed days, or both (then the
/// fixed days narrow the period).
/// </summary>
/// <param name="Period">True for the campaign's period.</param>
/// <param name="From">First allowed day, or null.</param>
/// <param name="To">Last allowed day, or null.</param>
public sealed record DateWindow(bool Period, DateOnly? From = null, DateOnly? To = null);
