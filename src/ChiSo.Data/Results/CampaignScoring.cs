using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Scoring;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Results;

/// <summary>
/// Scores one round of a campaign from the database and freezes the result in a <see cref="ResultSnapshot"/>:
/// the campaign's framework edition, its units (in code order) and the round's input values go through the engine;
/// the snapshot is written in one SaveChanges, so a killed process leaves no partial snapshot.
/// </summary>
public sealed class CampaignScoring(ChiSoDbContext db, TimeProvider clock, ScoringPlans plans)
{
    /// <summary>
    /// Scores round <paramref name="round"/> of campaign <paramref name="campaignId"/> and saves a snapshot.
    /// A value counts in round r when it is the unit's latest value of that input in rounds 0…r, so a reviewed
    /// round only needs the values the reviewers changed; from round 1 the points reviewers fixed per criterion
    /// replace the rule's points (ADR 0024).
    /// </summary>
    public async Task<CampaignScoringResult> ComputeAsync(
        int campaignId, int round, string createdBy, bool published = false, CancellationToken cancellationToken = default)
    {
        var (scored, inputsHash) = await ScoreCoreAsync(campaignId, round, cancellationToken).ConfigureAwait(false);
        if (scored.Sheet is null)
        {
            return scored;
        }

        // The inputs hash (every value of every unit) is computed on another core meanwhile.
        var payload = ResultPayload.Encode(scored.Sheet);
        var payloadHash = ResultSnapshot.HashOf(payload);
        scored = scored with { InputsHash = await inputsHash!.ConfigureAwait(false) };
        var snapshot = new ResultSnapshot
        {
            CampaignId = campaignId,
            Round = round,
            FrameworkHash = scored.FrameworkHash!,
            InputsHash = scored.InputsHash!,
            EngineVersion = EngineVersion,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
            Published = published,
            Payload = payload,
            PayloadHash = payloadHash,
        };
        db.ResultSnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return scored with { Snapshot = snapshot };
    }

    /// <summary>Scores a round without saving anything (a preview).</summary>
    public async Task<CampaignScoringResult> ScoreAsync(int campaignId, int round, CancellationToken cancellationToken = default)
    {
        var (scored, inputsHash) = await ScoreCoreAsync(campaignId, round, cancellationToken).ConfigureAwait(false);
        return inputsHash is null ? scored : scored with { InputsHash = await inputsHash.ConfigureAwait(false) };
    }

    // The scored round, and its inputs hash still being computed on the thread pool (null when nothing was scored).
    private async Task<(CampaignScoringResult Scored, Task<string>? InputsHash)> ScoreCoreAsync(int campaignId, int round, CancellationToken cancellationToken)
    {
        var campaign = await CampaignReader.CampaignAsync(db, campaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return (CampaignScoringResult.Failed(ScoringProblems.NoCampaign(campaignId)), null);
        }

        var (_, plan, planProblems) = await plans.CheckedAsync(
            db, campaign.EditionId, campaign.ContentHash, $"{campaign.FrameworkId}-{campaign.Edition}.yaml", cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return (CampaignScoringResult.Failed([.. planProblems]), null);
        }

        var units = await CampaignReader.UnitsAsync(db, campaignId, cancellationToken).ConfigureAwait(false);
        // Room for one value per input of every unit, bounded: a campaign that entered little does not pay for a large frame.
        var expected = (int)Math.Min(1_000_000L, (long)units.Count * plan.Leaves.Sum(leaf => plan.Nodes[leaf].Inputs.Length));
        var values = await CampaignReader.ValuesAsync(db, campaignId, round, expected, cancellationToken).ConfigureAwait(false);
        var given = await CampaignReader.GivenPointsAsync(db, campaignId, round, cancellationToken).ConfigureAwait(false);

        var built = CampaignInputs.Build(plan, units, values, given);
        var inputsHash = Task.Run(() => InputsHash.Compute(built.Rows), cancellationToken);
        var sheet = PointsScorer.Score(built.Data);
        return (new CampaignScoringResult(sheet, campaign.ContentHash, null, null, [.. planProblems, .. built.Problems]), inputsHash);
    }

    /// <summary>Reads a snapshot's results back, after checking its payload against its hash.</summary>
    public async Task<StoredResults?> ReadAsync(int snapshotId, CancellationToken cancellationToken = default)
    {
        var row = await db.ResultSnapshots.AsNoTracking()
            .Where(s => s.Id == snapshotId)
            .Select(s => new { s.Payload, s.PayloadHash })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        if (ResultSnapshot.HashOf(row.Payload) != row.PayloadHash)
        {
            throw new InvalidDataException($"Result snapshot {snapshotId} does not match its payload hash.");
        }

        return ResultPayload.Decode(row.Payload);
    }

    /// <summary>The informational version of the engine assembly, stored in every snapshot.</summary>
    public static string EngineVersion { get; } =
        typeof(PointsScorer).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion ?? "unknown";
}

/// <summary>What scoring a campaign round gave: the sheet and hashes, the saved snapshot, or the problems.</summary>
public sealed record CampaignScoringResult(
    ScoreSheet? Sheet, string? FrameworkHash, string? InputsHash, ResultSnapshot? Snapshot, ImmutableArray<Problem> Problems)
{
    internal static CampaignScoringResult Failed(params Problem[] problems) => new(null, null, null, null, [.. problems]);
}
