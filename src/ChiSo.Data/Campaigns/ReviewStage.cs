namespace ChiSo.Data.Campaigns;

/// <summary>
/// Where a campaign stands in the official review process after collection (ADR 0024): each step is taken by a
/// person through <c>ReviewRounds</c> and audited; a campaign that is still collecting is at <see cref="Collecting"/>.
/// </summary>
public enum ReviewStage
{
    /// <summary>Units fill in and sign their self-assessment.</summary>
    Collecting,

    /// <summary>Reviewers (hội đồng thẩm định) set the reviewed points of each criterion.</summary>
    Round1Review,

    /// <summary>The round-1 result is out: each unit confirms it or objects per criterion within the confirmation window.</summary>
    Round1Out,

    /// <summary>Reviewers answer every objection; the final points are fixed.</summary>
    Round2Review,

    /// <summary>The round-2 result waits for the leader's approval.</summary>
    Approval,

    /// <summary>The leader approved the round-2 result; it is ready to publish.</summary>
    Approved,

    /// <summary>The approved result is public; reopening needs an administrator and a reason.</summary>
    Published,
}
