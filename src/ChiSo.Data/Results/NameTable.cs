namespace ChiSo.Data.Results;

/// <summary>
/// Distinct names (criterion codes, input ids) numbered in order of first sight, with their ordinal sort rank, so
/// half a million values carry small numbers and sort by integer comparison instead of string comparison.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private int[]? _ranks;

    public string this[int id] => _names[id];

    public int Count => _names.Count;

    public int IdOf(ReadOnlySpan<char> name) =>
        _ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var id) ? id : IdOf(name.ToString());

    public int IdOf(string name)
    {
        if (!_ids.TryGetValue(name, out var id))
        {
            id = _names.Count;
            _ids[name] = id;
            _names.Add(name);
            _ranks = null;
        }

        return id;
    }

    /// <summary>The position of name <paramref name="id"/> among all names in ordinal order.</summary>
    public int RankOf(int id)
    {
        if (_ranks is null)
        {
            var order = Enumerable.Range(0, _names.Count).ToArray();
            Array.Sort(order, (a, b) => string.CompareOrdinal(_names[a], _names[b]));
            _ranks = new int[order.Length];
            for (var rank = 0; rank < order.Length; rank++)
            {
                _ranks[order[rank]] = rank;
            }
        }

        return _ranks[id];
    }
}
