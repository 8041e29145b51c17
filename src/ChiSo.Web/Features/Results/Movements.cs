using ChiSo.Data;
using ChiSo.Data.Results;
using ChiSo.Engine.Lineage;
using ChiSo.Engine.Ranking;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Results;

/// <summary>Feeds two published results and the unit lineage to the engine's <see cref="RankMovement"/> rule.</summary>
internal static class Movements
{
    /// <summary>
    /// The predecessors, in the earlier campaign, of each current unit that the earlier campaign did not assess itself
    /// (a province formed on 1 July 2025 has a new unit row, linked to the rows it replaced): one query.
    /// </summary>
    public static async Task<Dictionary<string, IReadOnlyList<Predecessor>>> LineageAsync(
        ChiSoDbContext db, CampaignResults current, CampaignResults earlier, CancellationToken cancellationToken)
    {
        var earlierIds = earlier.Units.Select(u => u.UnitId).OfType<int>().ToHashSet();
        var successors = current.Units.Where(u => u.UnitId is { } id && !earlierIds.Contains(id)).ToDictionary(u => u.UnitId!.Value, u => u.Code);
        if (successors.Count == 0)
        {
            return [];
        }

        var ids = successors.Keys.ToList();
        var links = await db.UnitSuccessions.AsNoTracking().Where(s => ids.Contains(s.SuccessorId))
            .Select(s => new { s.SuccessorId, s.PredecessorId, s.Predecessor!.Code, s.Full }).ToListAsync(cancellationToken);
        return links.Where(l => earlierIds.Contains(l.PredecessorId))
            .GroupBy(l => successors[l.SuccessorId], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Predecessor>)[.. g.OrderBy(l => l.Code, StringComparer.Ordinal).Select(l => new Predecessor(l.Code, l.Full))],
                StringComparer.Ordinal);
    }

    /// <summary>The moves of every shown column that the earlier campaign has too (a node or view of the same code).</summary>
    public static RankingComparison Compare(
        CampaignResults current, CampaignResults earlier, IReadOnlyList<Data.Results.ResultColumn> columns, Dictionary<string, IReadOnlyList<Predecessor>> lineage)
    {
        var codes = current.Stored.UnitCodes;
        var moves = new Dictionary<int, NodeMovement>();
        foreach (var column in columns)
        {
            if (!earlier.Stored.TryGetNode(column.Code, out var before))
            {
                continue;
            }

            var ranks = new int[codes.Length];
            for (var u = 0; u < ranks.Length; u++)
            {
                ranks[u] = current.Stored.Rank(column.Index, u);
            }

            var count = earlier.Stored.UnitCodes.Length;
            var values = new double[count];
            var earlierRanks = new int[count];
            for (var u = 0; u < count; u++)
            {
                values[u] = earlier.Stored.Value(before, u);
                earlierRanks[u] = earlier.Stored.Rank(before, u);
            }

            moves[column.Index] = RankMovement.Compare(codes, ranks, new EarlierNode(earlier.Stored.UnitCodes, values, earlierRanks), lineage, current.Definition.Ranking);
        }

        return new RankingComparison(earlier, RankMovement.RuleFor(lineage), moves);
    }
}
