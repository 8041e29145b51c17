namespace ChiSo.Data.Review;

/// <summary>
/// Round-1 reviewed points (ADR 0024), written by the review helper's work: a reviewer sets a criterion's points for a
/// unit, with a reason whenever they differ from the points the rule gives from the submitted inputs, or accepts many
/// criteria at once (reviewed points = the rule's). Checks the campaign's stage (Round1Review), the reviewer's scope
/// (<c>ReviewerScope</c>: assigned, never their own unit) and the row's version; every change is an audit event.
/// </summary>
public sealed class ReviewPoints(ChiSoDbContext db, TimeProvider clock)
{
    /// <summary>Sets the reviewed points of one criterion; <paramref name="version"/> is the row version the reviewer saw (null: none yet).</summary>
    public Task<StepOutcome<Submissions.CriterionScore>> SaveAsync(
        int submissionId, string criterion, double points, string? reason, int? version, string reviewerUserId, string actor,
        CancellationToken cancellationToken = default) =>
        throw new NotImplementedException($"{db}{clock}"); // filled in by the review work

    /// <summary>Accepts the rule's points as the reviewed points for each criterion given that has no reviewed points yet and no open dispute.</summary>
    public Task<StepOutcome<int>> AcceptRulePointsAsync(
        int submissionId, IReadOnlyList<string> criteria, string reviewerUserId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
