namespace ChiSo.Data.Results;

/// <summary>
/// Picks, per unit and criterion input, the value of the latest round, and hands the picks out in the order the
/// inputs hash wants (unit code, then criterion code, then input id, all ordinal), so the hash never sorts.
/// </summary>
internal static class LatestValues
{
    /// <summary>Yields (unit index, value); <paramref name="unitIndex"/> maps unit ids to indexes in code order.</summary>
    public static IEnumerable<(int Unit, CampaignInputs.ValueRow Value)> InHashOrder(
        CampaignInputs.ValueSet values, Dictionary<int, int> unitIndex, int unitCount)
    {
        var entries = ByUnit(values, unitIndex, unitCount, out var starts);
        for (var unit = 0; unit < unitCount; unit++)
        {
            var segment = entries.AsMemory(starts[unit], starts[unit + 1] - starts[unit]);
            segment.Span.Sort(default(EntryOrder));
            for (var i = 0; i < segment.Length; i++)
            {
                var entry = segment.Span[i];
                if (i + 1 == segment.Length || segment.Span[i + 1].Key != entry.Key)
                {
                    yield return (unit, values.Rows[entry.Row]);
                }
            }
        }
    }

    /// <summary>Entries grouped by unit with a counting sort: unit u owns entries[starts[u]..starts[u + 1]].</summary>
    private static Entry[] ByUnit(CampaignInputs.ValueSet values, Dictionary<int, int> unitIndex, int unitCount, out int[] starts)
    {
        var rows = values.Rows;
        var unitOf = new int[rows.Count];
        starts = new int[unitCount + 1];
        for (var r = 0; r < rows.Count; r++)
        {
            unitOf[r] = unitIndex.TryGetValue(rows[r].UnitId, out var unit) ? unit : -1;
            if (unit >= 0)
            {
                starts[unit + 1]++;
            }
        }

        for (var u = 0; u < unitCount; u++)
        {
            starts[u + 1] += starts[u];
        }

        var next = (int[])starts.Clone();
        var entries = new Entry[starts[unitCount]];
        for (var r = 0; r < rows.Count; r++)
        {
            if (unitOf[r] >= 0)
            {
                var key = ((long)values.Criteria.RankOf(rows[r].Criterion) << 32) | (uint)values.Inputs.RankOf(rows[r].Input);
                entries[next[unitOf[r]]++] = new Entry(key, rows[r].Round, r);
            }
        }

        return entries;
    }

    /// <summary>Key = criterion rank (high half), input rank (low half).</summary>
    private readonly record struct Entry(long Key, int Round, int Row);

    private readonly struct EntryOrder : IComparer<Entry>
    {
        public int Compare(Entry a, Entry b)
        {
            var c = a.Key.CompareTo(b.Key);
            return c != 0 ? c : a.Round.CompareTo(b.Round);
        }
    }
}
