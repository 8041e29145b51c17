namespace ChiSo.Data.Campaigns;

/// <summary>
/// A unit's last day for a phase: the phase's close, moved by the unit's latest extension when that is later. The one
/// place this rule is written; the submission window, the progress board and the schedule query all go through it.
/// </summary>
/// <param name="Due">Inclusive last day; null when the campaign has no such phase and no extension.</param>
/// <param name="Extended">True when an extension moved the close.</param>
public readonly record struct Deadline(DateOnly? Due, bool Extended)
{
    public static Deadline Of(DateOnly? closes, DateOnly? latestExtension) =>
        latestExtension is { } until && (closes is null || until > closes) ? new(until, true) : new(closes, false);

    /// <summary>True once <paramref name="today"/> is after the last day.</summary>
    public bool IsPast(DateOnly today) => Due is { } due && today > due;
}
