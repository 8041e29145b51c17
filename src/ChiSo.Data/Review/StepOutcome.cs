using ChiSo.Engine;

namespace ChiSo.Data.Review;

/// <summary>How a review step ended; the web maps it to an HTTP status and shows the outcome's message.</summary>
public enum StepResult
{
    Done,

    /// <summary>The request itself is wrong (missing reason, points out of range, text too long): 400.</summary>
    Invalid,

    /// <summary>Not this person's to do (not assigned, own unit, wrong role): 403.</summary>
    Forbidden,

    NotFound,

    /// <summary>Someone else changed it first, or the campaign is not at the stage this step needs: 409.</summary>
    Conflict,

    /// <summary>The window has closed; the message names the deadline: 409 as well, but said as such.</summary>
    Late,
}

/// <summary>The outcome of one review step: done, or refused with a sentence in both languages.</summary>
public sealed record StepOutcome(StepResult Kind, Bilingual? Message = null)
{
    public static StepOutcome Done { get; } = new(StepResult.Done);

    public bool IsDone => Kind == StepResult.Done;

    public static StepOutcome Refused(StepResult kind, string vi, string en) => new(kind, new Bilingual(vi, en));
}

/// <summary>The outcome of a step with a value (the saved row, the written snapshot).</summary>
public sealed record StepOutcome<T>(StepOutcome Outcome, T? Value)
{
    public static implicit operator StepOutcome<T>(StepOutcome outcome) => new(outcome, default);
}
