namespace ChiSo.Data.Review;

/// <summary>
/// A unit's answer to its round-1 result and the reviewers' answers to its objections (ADR 0024). Checks the stage
/// (Round1Out for the unit, Round2Review for the reviewers), the confirmation window (a late answer is refused naming
/// the deadline) and versions; every step is an audit event with its notifications.
/// </summary>
public sealed class RoundAnswers(ChiSoDbContext db, TimeProvider clock)
{
    /// <summary>Writes (or rewrites, until filed) the unit's objection to one criterion; new evidence is linked by <c>Evidence.ObjectionId</c>.</summary>
    public Task<StepOutcome<Submissions.Objection>> ObjectAsync(
        int submissionId, string criterion, string explanation, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException($"{db}{clock}");

    /// <summary>The unit head signs: a confirmation (no open objection) or the objection letter filing every written objection.</summary>
    public Task<StepOutcome<RoundResponse>> SignAsync(
        int submissionId, bool confirm, string? note, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Reviewers answer one filed objection: accepted with the new final points, or rejected; a reason either way.</summary>
    public Task<StepOutcome<Submissions.Objection>> AnswerAsync(
        int objectionId, bool accept, double? newPoints, string reason, int version, string reviewerUserId, string actor,
        CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
