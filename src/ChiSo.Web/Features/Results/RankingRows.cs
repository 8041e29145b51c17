using ChiSo.Data.Results;
using ChiSo.Data.Units;

namespace ChiSo.Web.Features.Results;

/// <summary>Which units a ranking lists and in which order: checked filters in, unit indices out (no per-row objects).</summary>
internal static class RankingRows
{
    public static int[] Filter(CampaignResults results, UnitFacts facts, RankingRequest request)
    {
        var units = results.Units;
        var words = UnitSearch.Words(request.Q);
        var level = request.Level is { } l && Enum.TryParse<UnitLevel>(l, ignoreCase: true, out var parsed) ? parsed : (UnitLevel?)null;
        var kept = new List<int>(units.Count);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if ((request.Group is null || unit.GroupCode == request.Group)
                && (request.Region is null || facts.Regions[u]?.Key == request.Region)
                && (level is null || unit.Level == level)
                && (request.Province is null || unit.ParentCode == request.Province)
                && UnitSearch.MatchesFolded(words, unit.Code, facts.Folded[u]))
            {
                kept.Add(u);
            }
        }

        return [.. kept];
    }

    /// <summary>
    /// Sorts by the unit names, or by a column's rank (best first; unranked units last in either direction), ties by
    /// name; <paramref name="descending"/> reverses.
    /// </summary>
    public static void Sort(int[] rows, CampaignResults results, UnitFacts facts, string key, bool descending)
    {
        var names = facts.NameOrder;
        var sign = descending ? -1 : 1;
        if (key == RankingRequest.NameSort)
        {
            Array.Sort(rows, (a, b) => sign * names[a].CompareTo(names[b]));
            return;
        }

        var column = results.Column(key)!.Index;
        var stored = results.Stored;
        Array.Sort(rows, (a, b) =>
        {
            var (ra, rb) = (stored.Rank(column, a), stored.Rank(column, b));
            if ((ra == 0) != (rb == 0))
            {
                return ra == 0 ? 1 : -1;
            }

            var byRank = sign * ra.CompareTo(rb);
            return byRank != 0 ? byRank : names[a].CompareTo(names[b]);
        });
    }
}
