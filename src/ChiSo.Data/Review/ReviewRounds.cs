namespace ChiSo.Data.Review;

/// <summary>
/// The campaign's stage moves (ADR 0024), each checking the stage it starts from, bumping the campaign's version and
/// writing its audit event and notifications in one transaction. Authorisation (organiser, leader, administrator) is
/// the caller's; these check the process.
/// </summary>
public sealed class ReviewRounds(ChiSoDbContext db, TimeProvider clock)
{
    /// <summary>Collecting → Round1Review: the reviewers are told.</summary>
    public Task<StepOutcome> OpenReviewAsync(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException($"{db}{clock}");

    /// <summary>Round1Review → Round1Out: computes and stores the round-1 snapshot from the reviewed points; units are told.</summary>
    public Task<StepOutcome<Results.ResultSnapshot>> PublishRound1Async(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Round1Out → Round2Review (after the confirmation window); units that did not answer count as confirming.</summary>
    public Task<StepOutcome> OpenRound2Async(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Round2Review → Approval once every objection is answered: final points fixed, round-2 snapshot stored; the leader is told.</summary>
    public Task<StepOutcome<Results.ResultSnapshot>> CloseRound2Async(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Approval → Approved (the leader).</summary>
    public Task<StepOutcome> ApproveAsync(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Approval → Round2Review with a reason (the leader sends it back).</summary>
    public Task<StepOutcome> SendBackAsync(int campaignId, string reason, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Approved → Published: a published snapshot of the approved payload with the audit chain's head; everyone is told.</summary>
    public Task<StepOutcome<Results.ResultSnapshot>> PublishAsync(int campaignId, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Published → Round2Review (an administrator, with a reason); the next publication supersedes the current one.</summary>
    public Task<StepOutcome> ReopenAsync(int campaignId, string reason, string actor, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
