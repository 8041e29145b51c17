using ChiSo.Data;
using ChiSo.Data.Results;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Results;

/// <summary>How a year's figure was found for the unit.</summary>
public enum LineageRule
{
    /// <summary>The unit itself was assessed that year.</summary>
    Same,

    /// <summary>Before the merger, one predecessor (a rename or a whole unit carried over): its figure and rank.</summary>
    Predecessor,

    /// <summary>Before the merger, several predecessors: the mean of their values, no rank.</summary>
    MeanOfPredecessors,

    /// <summary>After the merger, the unit it went into: that unit's figure and rank.</summary>
    Successor,
}

/// <summary>One published campaign of the same framework in a unit's time series.</summary>
/// <remarks>Rank: The overall rank; 0 when there is none (a mean of predecessors has no rank). Lineage: The units whose figures stand in, named for the reader; empty for <see cref="LineageRule.Same"/>.</remarks>
public sealed record UnitProfileYear(
    int CampaignId, int Year, string CampaignName, double Value, int Rank, int Ranked, LineageRule Rule, IReadOnlyList<string> Lineage);

/// <summary>
/// The unit's overall value and rank over every published campaign of the same framework id, read through
/// <see cref="ResultsReader"/> (cached snapshots) plus one query for the unit's lineage (UnitSuccession).
/// </summary>
public sealed class UnitProfileHistory(ResultsReader reader, ChiSoDbContext db)
{
    public async Task<IReadOnlyList<UnitProfileYear>> ForAsync(UnitProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var current = profile.Results.Campaign;
        var campaigns = (await reader.PublishedCampaignsAsync(cancellationToken))
            .Where(c => c.FrameworkId == current.FrameworkId).OrderBy(c => c.Year).ThenBy(c => c.Id).ToList();
        var (predecessors, successors) = await LineageAsync(profile.Unit.UnitId, cancellationToken);
        var years = new List<UnitProfileYear>(campaigns.Count);
        foreach (var campaign in campaigns)
        {
            if (await reader.SnapshotAsync(campaign.SnapshotId, cancellationToken) is { } results
                && Year(results, profile.Unit, predecessors, successors) is { } year)
            {
                years.Add(year);
            }
        }

        return years;
    }

    private static UnitProfileYear? Year(CampaignResults results, ResultUnit unit, IReadOnlyList<int> predecessors, IReadOnlyList<int> successors)
    {
        var ranked = results.Units.Count(u => results.Stored.Rank(0, u.Index) > 0);
        UnitProfileYear Of(ResultUnit u, LineageRule rule, IReadOnlyList<string> lineage) =>
            new(results.Campaign.Id, results.Campaign.Year, results.Campaign.Name, results.Stored.Value(0, u.Index), results.Stored.Rank(0, u.Index), ranked, rule, lineage);

        var byId = results.Units.Where(u => u.UnitId is not null).ToDictionary(u => u.UnitId!.Value);
        if (unit.UnitId is { } id && byId.TryGetValue(id, out var same))
        {
            return Of(same, LineageRule.Same, []);
        }

        if (unit.UnitId is null && results.Unit(unit.Code) is { } byCode)
        {
            return Of(byCode, LineageRule.Same, []);
        }

        var before = predecessors.Where(byId.ContainsKey).Select(p => byId[p]).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        if (before.Count == 1)
        {
            return Of(before[0], LineageRule.Predecessor, [before[0].Name]);
        }

        if (before.Count > 1)
        {
            var values = before.Select(u => results.Stored.Value(0, u.Index)).Where(double.IsFinite).ToList();
            return new UnitProfileYear(results.Campaign.Id, results.Campaign.Year, results.Campaign.Name,
                values.Count == 0 ? double.NaN : values.Average(), 0, ranked, LineageRule.MeanOfPredecessors, [.. before.Select(u => u.Name)]);
        }

        var after = successors.Where(byId.ContainsKey).Select(s => byId[s]).OrderBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault();
        return after is null ? null : Of(after, LineageRule.Successor, [after.Name]);
    }

    private async Task<(List<int> Predecessors, List<int> Successors)> LineageAsync(int? unitId, CancellationToken cancellationToken)
    {
        if (unitId is not { } id)
        {
            return ([], []);
        }

        var links = await db.UnitSuccessions.AsNoTracking().Where(s => s.SuccessorId == id || s.PredecessorId == id)
            .Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync(cancellationToken);
        return ([.. links.Where(l => l.SuccessorId == id).Select(l => l.PredecessorId)],
            [.. links.Where(l => l.PredecessorId == id).Select(l => l.SuccessorId)]);
    }
}
