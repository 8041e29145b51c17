namespace ChiSo.Web.Features.Results;

/// <summary>
/// What the address of a ranking asks (the page and its downloads read the same parameters): <c>?node=</c> the node
/// whose children are shown, <c>?compare=</c> the campaign compared with, <c>?group=</c>, <c>?region=</c>,
/// <c>?level=</c>, <c>?province=</c> filters, <c>?q=</c> a search in unit names and codes, <c>?sort=</c> a column code
/// (or <c>name</c>) with <c>-</c> for the reverse order, <c>?page=</c> (from 1).
/// </summary>
public sealed record RankingRequest(
    string? Node = null,
    int? Compare = null,
    string? Group = null,
    string? Region = null,
    string? Level = null,
    string? Province = null,
    string? Q = null,
    string? Sort = null,
    int? Page = null)
{
    /// <summary>The longest search text accepted.</summary>
    public const int MaxSearch = 100;

    /// <summary>Rows per page.</summary>
    public const int PageSize = 100;

    /// <summary>The sort key of the unit names.</summary>
    public const string NameSort = "name";

    public static RankingRequest From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(
            Text(query, "node"), Number(query, "compare"), Text(query, "group"), Text(query, "region"), Text(query, "level"),
            Text(query, "province"), Text(query, "q"), Text(query, "sort"), Number(query, "page"));
    }

    /// <summary>The same request on another page, sorted otherwise, or without a parameter: for the page's links.</summary>
    public string Query(int? page = null, string? sort = null, bool keepPage = false)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(new(name, value));
            }
        }

        Add("node", Node);
        Add("compare", Compare?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("group", Group);
        Add("region", Region);
        Add("level", Level);
        Add("province", Province);
        Add("q", Q);
        Add("sort", sort ?? Sort);
        Add("page", (page ?? (keepPage ? Page : null))?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Microsoft.AspNetCore.Http.QueryString.Create(parts).ToString();
    }

    private static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

    private static int? Number(IQueryCollection query, string name) =>
        Text(query, name) is { } text ? int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MinValue : null;
}
